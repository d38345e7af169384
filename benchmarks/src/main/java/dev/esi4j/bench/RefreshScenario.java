package dev.esi4j.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import dev.esi4j.simulator.EsiSimulator;
import dev.esi4j.token.InMemoryTokenStore;
import dev.esi4j.token.Token;
import dev.esi4j.token.TokenService;
import dev.esi4j.token.TokenStore;

/**
 * 10,000 refreshes of expired tokens against the simulator's SSO, 8 at a time: esi4j's {@code TokenService} (SSO
 * call, JWT signature and claims check, rotated refresh token stored) against the bare HTTP exchange by hand.
 */
public final class RefreshScenario {

    /** Refreshes in flight. */
    public static final int CONCURRENCY = 8;
    private static final int SLICES = 10;

    private final Settings settings;

    /** @param settings run size */
    public RefreshScenario(Settings settings) {
        this.settings = settings;
    }

    /**
     * @return the section
     * @throws Exception when the simulator fails
     */
    public Section run() throws Exception {
        Section s = new Section(settings.refreshes() + " token refreshes, " + CONCURRENCY + " in flight",
                "refreshes/s (per slice of " + settings.refreshes() / SLICES + ")");
        try (EsiSimulator sim = Simulators.start()) {
            TokenStore store = new InMemoryTokenStore();
            TokenService service = Tokens.service(sim.baseUrl(), store);
            warmUp(sim, service, store);
            List<Token> tokens = tokens(sim, service, store, settings.refreshes());
            AtomicInteger errors = new AtomicInteger();
            Stats esi = timed(tokens.size(), i -> service.refresh(tokens.get(i)), errors);
            s.row("esi4j TokenService.refresh", esi, "");
            int esiErrors = errors.getAndSet(0);
            List<String> raw = new ArrayList<>();
            for (int i = 0; i < settings.refreshes(); i++) {
                raw.add(sim.sso().refreshToken(Tokens.PILOT.id(), Tokens.SKILLS));
            }
            HttpClient http = Clients.rawHttp();
            Stats bare = timed(raw.size(), i -> rawRefresh(http, sim.baseUrl(), raw.get(i)), errors);
            s.row("raw HttpClient POST /v2/oauth/token", bare, Section.ratio(esi.median(), bare.median())
                    + " (esi4j / raw)");
            s.note("Errors: esi4j " + esiErrors + ", raw " + errors.get() + " of " + settings.refreshes()
                    + " each. The raw peer only posts the grant and parses the JSON answer; esi4j also checks "
                    + "the JWT (RS256 signature against the cached JWKS, issuer, audience, expiry) and writes the "
                    + "rotated refresh token to the (in-memory) store under the token's lock. eve-esi is not "
                    + "measured here: its `OAuth` class has the SSO URLs fixed to `https://login.eveonline.com` and "
                    + "cannot be pointed at the simulator.");
        }
        return s;
    }

    private void warmUp(EsiSimulator sim, TokenService service, TokenStore store) throws Exception {
        List<Token> warm = tokens(sim, service, store, Math.min(1000, settings.refreshes()));
        timed(warm.size(), i -> service.refresh(warm.get(i)), new AtomicInteger());
    }

    private static List<Token> tokens(EsiSimulator sim, TokenService service, TokenStore store, int count) {
        Instant now = Instant.now();
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String refresh = sim.sso().refreshToken(Tokens.PILOT.id(), Tokens.SKILLS);
            long id = store.save(Tokens.data("user-" + i, Set.of(Tokens.SKILLS), refresh, now.minusSeconds(60), now))
                    .id();
            tokens.add(service.findOptionalById(id).orElseThrow());
        }
        return tokens;
    }

    private static Stats timed(int count, Task task, AtomicInteger errors) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
        long[] done = new long[count];
        AtomicInteger finished = new AtomicInteger();
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    try {
                        task.run(n);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    done[finished.getAndIncrement()] = System.nanoTime();
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return slices(start, done);
    }

    private static Stats slices(long start, long[] done) {
        java.util.Arrays.sort(done);
        int per = Math.max(1, done.length / SLICES);
        double[] rates = new double[done.length / per];
        long from = start;
        for (int k = 0; k < rates.length; k++) {
            long to = done[(k + 1) * per - 1];
            rates[k] = per / ((to - from) / 1e9);
            from = to;
        }
        return Stats.of(rates);
    }

    private static void rawRefresh(HttpClient http, String baseUrl, String refreshToken) throws Exception {
        String basic = Base64.getEncoder().encodeToString("client-0001:secret-0001".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/v2/oauth/token"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded").header("User-Agent", Clients.USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token="
                        + java.net.URLEncoder.encode(refreshToken, StandardCharsets.UTF_8)))
                .build();
        Clients.parse(http.send(request, HttpResponse.BodyHandlers.ofInputStream()));
    }

    /** One indexed unit of work. */
    @FunctionalInterface
    interface Task {
        void run(int index) throws Exception;
    }
}
