package dev.esi4j.bench;

/** Why a target is missed, from the profiles and the esi4j source; added to a section only when it missed. */
public final class Explanations {

    private Explanations() {
    }

    /** @param s an uncached-call section */
    public static void uncached(Section s) {
        if (s == null || !Boolean.FALSE.equals(s.met())) {
            return;
        }
        s.note("Why the uncached call misses: per call esi4j does more than the hand-written loop. It validates the "
                + "parameters against the spec, builds the request from the catalog, runs the policy steps (error "
                + "limit, rate limit, retry, call event), buffers the body as a byte array and then parses it, while "
                + "the raw loop streams the body into the parser. The profile (1-thread section) adds two findings: "
                + "(1) the transport calls `HttpClient.sendAsync` with its own executor, and the JDK then hands each "
                + "completion to `CompletableFuture`'s default async executor; with 2 cores "
                + "`ForkJoinPool.commonPool()` has parallelism 1, so that executor is "
                + "`CompletableFuture$ThreadPerTaskExecutor` and every call starts a thread (see the thread list; "
                + "the raw `send()` loop starts none). `-Djava.util.concurrent.ForkJoinPool.common.parallelism=2`, "
                + "or a blocking `send()` in `JdkTransport`, removes it. (2) Most samples are idle: on loopback the "
                + "call is dominated by thread hand-offs between the caller, the client's executor, the selector "
                + "thread and the simulator's threads, which all share the 2 cores with other builds (see the load "
                + "average), so every extra hand-off costs a scheduling delay. These are changes to esi-cdi, outside "
                + "this module; the figures are recorded as measured.");
    }

    /** @param s the cached-call section */
    public static void cached(Section s) {
        if (s == null || !Boolean.FALSE.equals(s.met())) {
            return;
        }
        s.note("Why the cached call misses: a hit is not a lookup of a ready value. The response cache keeps the "
                + "body as bytes (`CachedResponse`), and every hit parses it again with JSON-P (`Decoder.decode` -> "
                + "`JsonMapper.parse`, the top esi4j frames of the profile); each call also validates its "
                + "parameters, builds the request and its cache key. (The first run of this harness measured 32,180 "
                + "hits/s: `Json.createReader` looked the JSON-P provider up through the `ServiceLoader` on every "
                + "hit; esi4j now keeps one `JsonReaderFactory`.) Keeping the parsed, immutable `JsonValue` next to "
                + "the bytes in the in-memory cache is the next step.");
    }

    /**
     * @param s           the paging section
     * @param pages       pages fetched
     * @param sequentialMs median of the sequential loop
     * @param concurrency pages in flight
     */
    public static void paging(Section s, int pages, double sequentialMs, int concurrency) {
        double perPage = sequentialMs / pages;
        double work = Math.max(0.1, perPage - PagingScenario.LATENCY_MS);
        double bound = Math.min(concurrency, perPage / (work / Machine.cores()));
        s.note("Bound on this machine: the sequential loop takes " + Stats.format(perPage) + " ms per page, of which "
                + PagingScenario.LATENCY_MS + " ms is the simulated latency and about " + Stats.format(work)
                + " ms is CPU work (the simulator generating and writing 1,000 orders, the client reading and "
                + "parsing them). With " + concurrency + " pages in flight the speed-up cannot exceed "
                + concurrency + ", and with " + Machine.cores() + " cores doing that work it cannot exceed "
                + "pages x " + Stats.format(perPage) + " ms / (pages x " + Stats.format(work) + " ms / "
                + Machine.cores() + " cores), so at most " + Stats.format(bound) + " x here. A 10x speed-up needs "
                + "`esi.pages.concurrency` above 10 and more cores than the client and server share on this box; "
                + "the comparison that isolates esi4j is the one with the raw client at the same concurrency.");
    }
}
