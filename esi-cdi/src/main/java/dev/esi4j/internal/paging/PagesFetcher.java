package dev.esi4j.internal.paging;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;

import dev.esi4j.EsiHttpException;
import dev.esi4j.IncompleteResponseException;
import dev.esi4j.internal.engine.CallOptions;
import dev.esi4j.internal.engine.CallSpec;
import dev.esi4j.internal.engine.Engine;
import dev.esi4j.internal.engine.Headers;
import dev.esi4j.internal.engine.Outcome;

/**
 * {@code results()} for X-Pages operations: page 1, then pages 2..n concurrently (bounded), all from one snapshot
 * (same {@code Last-Modified} and {@code X-Pages}); on drift or a vanished page the whole set is fetched again
 * bypassing the cache, up to {@code maxPasses} times (B28, B29, B30).
 */
public final class PagesFetcher {

    private static final System.Logger LOG = System.getLogger(PagesFetcher.class.getName());

    private final Engine engine;
    private final Executor executor;
    private final int concurrency;
    private final int maxPasses;

    /**
     * @param engine      the engine
     * @param executor    runs page requests
     * @param concurrency pages in flight at once
     * @param maxPasses   full passes before giving up
     */
    public PagesFetcher(Engine engine, Executor executor, int concurrency, int maxPasses) {
        this.engine = engine;
        this.executor = executor;
        this.concurrency = Math.max(1, concurrency);
        this.maxPasses = Math.max(1, maxPasses);
    }

    /**
     * @param call     the call (its {@code page} parameter is replaced)
     * @param listener progress callback
     * @return all pages of one snapshot
     */
    public Paged fetch(CallSpec call, ProgressListener listener) {
        int requests = 0;
        String problem = "";
        for (int pass = 1; pass <= maxPasses; pass++) {
            CallSpec attempt = pass == 1 ? call : bypassing(call);
            Outcome first = engine.call(attempt.with("page", 1));
            int pages = announcedPages(first);
            listener.progress(1, pages);
            List<Outcome> rest = rest(attempt, pages, listener);
            requests += pages;
            problem = inconsistency(first, pages, rest);
            if (problem == null) {
                return merge(first, rest, pages, requests);
            }
            LOG.log(Level.WARNING, "ESI01011: {0}: pages from different snapshots ({1}); pass {2} of {3}",
                    call.operation().id(), problem, pass, maxPasses);
        }
        throw new IncompleteResponseException(call.operation().id() + ": no consistent set of pages after "
                + maxPasses + " passes (" + problem + ")");
    }

    private static CallSpec bypassing(CallSpec call) {
        CallOptions o = call.options();
        return new CallSpec(call.operation(), call.params(), call.body(), call.credentials(), call.language(),
                new CallOptions(o.timeout(), o.retries(), true), call.headers());
    }

    private static int announcedPages(Outcome first) {
        OptionalInt pages = Headers.pages(first.response());
        if (pages.isEmpty()) {
            LOG.log(Level.WARNING, "ESI01012: {0}: missing or invalid X-Pages ''{1}''; treating as one page",
                    first.exchange().operation().id(), first.response().header("X-Pages").orElse(""));
            return 1;
        }
        return pages.getAsInt();
    }

    private List<Outcome> rest(CallSpec call, int pages, ProgressListener listener) {
        Semaphore permits = new Semaphore(concurrency);
        AtomicInteger done = new AtomicInteger(1);
        List<CompletableFuture<Outcome>> futures = new ArrayList<>();
        for (int page = 2; page <= pages; page++) {
            acquire(permits);
            CallSpec pageCall = call.with("page", page);
            futures.add(CompletableFuture.supplyAsync(() -> fetchPage(pageCall), executor)
                    .whenComplete((o, e) -> {
                        permits.release();
                        listener.progress(done.incrementAndGet(), pages);
                    }));
        }
        List<Outcome> out = new ArrayList<>();
        for (CompletableFuture<Outcome> f : futures) {
            try {
                out.add(f.join());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        return out;
    }

    private Outcome fetchPage(CallSpec call) {
        try {
            return engine.call(call);
        } catch (EsiHttpException e) {
            if (e.status() == 404) {
                return null;
            }
            throw e;
        }
    }

    private static void acquire(Semaphore permits) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IncompleteResponseException("interrupted while fetching pages");
        }
    }

    private static String inconsistency(Outcome first, int pages, List<Outcome> rest) {
        String lastModified = first.response().header("Last-Modified").orElse(null);
        for (int i = 0; i < rest.size(); i++) {
            Outcome o = rest.get(i);
            if (o == null) {
                return "page " + (i + 2) + " of " + pages + " not found";
            }
            OptionalInt p = Headers.pages(o.response());
            if (p.isPresent() && p.getAsInt() != pages) {
                return "X-Pages changed from " + pages + " to " + p.getAsInt();
            }
            if (!Objects.equals(lastModified, o.response().header("Last-Modified").orElse(null))) {
                return "Last-Modified of page " + (i + 2) + " differs from page 1";
            }
        }
        return null;
    }

    private static Paged merge(Outcome first, List<Outcome> rest, int pages, int requests) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        add(all, first.data());
        rest.forEach(o -> add(all, o.data()));
        return new Paged(all.build(), rest.isEmpty() ? first : rest.get(rest.size() - 1), pages, requests);
    }

    static void add(JsonArrayBuilder all, JsonValue data) {
        if (data.getValueType() == JsonValue.ValueType.ARRAY) {
            data.asJsonArray().forEach(all::add);
        } else if (data != JsonValue.NULL) {
            all.add(data);
        }
    }
}
