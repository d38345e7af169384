package dev.esi4j.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.esi4j.simulator.EsiSimulator;

/**
 * A {@code @TokenRequired} JAX-RS resource against the same resource without it, on Payara Micro ({@code
 * --nocluster}), one logged-in session, {@value #THREADS} load threads, rounds alternating between the two.
 */
public final class PayaraScenario {

    /** Concurrent load threads. */
    public static final int THREADS = 8;
    private static final int ROUNDS = 4;

    private final Settings settings;
    private final Path work;

    /**
     * @param settings run size
     * @param work     scratch directory (WAR, server log)
     */
    public PayaraScenario(Settings settings, Path work) {
        this.settings = settings;
        this.work = work;
    }

    /**
     * @return the section
     * @throws Exception when the server or a request fails
     */
    public Section run() throws Exception {
        int port = freePort();
        String app = "http://127.0.0.1:" + port + "/bench";
        try (EsiSimulator sim = Simulators.start()) {
            Path war = work.resolve("bench.war");
            BenchWar.write(war, Path.of(System.getProperty("bench.war-lib", "benchmarks/target/war-lib")),
                    sim.baseUrl(), app);
            Process server = start(war, port);
            try {
                return measure(sim, app);
            } finally {
                server.destroy();
                server.waitFor();
            }
        }
    }

    private Process start(Path war, int port) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String micro = System.getProperty("bench.payara-micro", "benchmarks/target/payara/payara-micro.jar");
        Path log = work.resolve("payara-micro.log");
        Process p = new ProcessBuilder(java, "-Xmx768m", "-jar", micro, "--nocluster", "--port",
                Integer.toString(port), "--deploy", war.toString(), "--contextroot", "bench")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline && p.isAlive()) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/bench/api/bench/plain")).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return p;
                }
            } catch (IOException e) {
                Thread.sleep(500);
            }
        }
        p.destroy();
        throw new IOException("Payara Micro did not deploy the benchmark WAR; see " + log + ": "
                + Files.readString(log).lines().filter(l -> l.contains("SEVERE")).findFirst().orElse(""));
    }

    private Section measure(EsiSimulator sim, String app) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.ALWAYS).version(HttpClient.Version.HTTP_1_1).build();
        sim.sso().autoApprove(Tokens.PILOT.id());
        URI plain = URI.create(app + "/api/bench/plain");
        URI guarded = URI.create(app + "/api/bench/guarded");
        String login = get(http, guarded);
        if (!login.startsWith("guarded:")) {
            throw new IOException("login through EVE SSO did not end on the guarded resource: " + login);
        }
        long round = Math.max(1, settings.payaraSeconds() / ROUNDS);
        load(http, plain, round);
        load(http, guarded, round);
        double[] plainRates = new double[ROUNDS];
        double[] guardedRates = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            plainRates[i] = load(http, plain, round);
            guardedRates[i] = load(http, guarded, round);
        }
        return section(Stats.of(plainRates), Stats.of(guardedRates), round);
    }

    private static Section section(Stats plain, Stats guarded, long round) {
        double ratio = guarded.median() / plain.median();
        Section s = new Section("@TokenRequired resource on Payara Micro 6.2025.10 (" + THREADS + " threads)",
                "requests/s");
        s.row("without annotation (GET /api/bench/plain)", plain, "1.00 x");
        s.row("@TokenRequired (GET /api/bench/guarded)", guarded, Section.ratio(guarded.median(), plain.median()));
        s.note("One session logged in through the simulator's EVE SSO (`EveSsoAuthenticationMechanism` subclass, "
                + "token in esi-cdi's in-memory store); both resources answer a short text with the caller's name, "
                + "the guarded one after the token check (owner, scopes, validity; no SSO call, the token is "
                + "valid). " + ROUNDS + " alternating rounds of " + round + " s per variant after one warm-up "
                + "round each; the load generator (JDK HttpClient, " + THREADS + " threads, keep-alive) and the "
                + "simulator run in the harness JVM on the same 2 cores as the server.");
        if (ratio < 0.9) {
            s.note("Why it misses: the guarded request adds the token filter (reading the session's principal, a "
                    + "query of the token store for the owner's tokens with the scopes, the validity check) and the "
                    + "CDI interceptor on a request of a few hundred microseconds; "
                    + (guarded.max() >= plain.min() ? "the rounds of the two variants overlap (see min - max), "
                    + "so part of the gap is the noise of a shared 2-core machine." : "the rounds do not overlap."));
        }
        return s.target("@TokenRequired / plain >= 0.9: " + Stats.format(ratio), ratio >= 0.9);
    }

    private static double load(HttpClient http, URI uri, long seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    int n = 0;
                    while (System.nanoTime() < end) {
                        get(http, uri);
                        n++;
                    }
                    return n;
                }));
            }
            long total = 0;
            for (Future<Integer> f : futures) {
                total += f.get();
            }
            return total / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static String get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(uri + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
