package dev.esi4j.simulator;

import dev.esi4j.simulator.internal.SimSettings;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Configures an {@link EsiSimulator}. Defaults: host {@code 127.0.0.1}, a free port, the bundled
 * 2025-12-16 spec, seed 1, system clock, client {@code client-0001}/{@code secret-0001} (any redirect URI),
 * characters {@link SimCharacter#PILOT_ALPHA} and {@link SimCharacter#PILOT_BRAVO}, 1200 s tokens with
 * issuer {@code https://login.eveonline.com}, error budget 100 per 60 s, one page of 3 items per paged
 * operation, language {@code en}, tenant {@code tranquility}.
 */
public final class EsiSimulatorBuilder {

    /** The bundled 2025-12-16 spec (default). */
    public static final String SPEC_2025_12_16 = "esi-openapi-3.1-2025-12-16.json";
    /** The bundled 2020-01-01 compatibility spec. */
    public static final String SPEC_2020_01_01 = "esi-openapi-3.1-2020-01-01-compat.json";

    private String host = "127.0.0.1";
    private int port;
    private URL spec = bundled(SPEC_2025_12_16);
    private long seed = 1;
    private Clock clock = Clock.systemUTC();
    private final Map<String, String> clients = new LinkedHashMap<>();
    private final List<String> callbacks = new ArrayList<>();
    private final List<SimCharacter> characters = new ArrayList<>(
            List.of(SimCharacter.PILOT_ALPHA, SimCharacter.PILOT_BRAVO));
    private Duration tokenLifetime = Duration.ofSeconds(1200);
    private String issuer = "https://login.eveonline.com";
    private boolean scpStringForOne = true;
    private int errorLimit = 100;
    private Duration errorWindow = Duration.ofSeconds(60);
    private final Map<String, long[]> rateLimits = new LinkedHashMap<>();
    private int pages = 1;
    private int pageSize = 3;
    private final Map<String, int[]> pageSizes = new LinkedHashMap<>();
    private String defaultLanguage = "en";
    private final List<String> tenants = new ArrayList<>(List.of("tranquility"));
    private Duration jwksMaxAge = Duration.ofSeconds(300);
    private final Map<String, String> fixtures = new LinkedHashMap<>();
    private int journalSize = 10_000;
    private boolean rateLimiting = true;

    EsiSimulatorBuilder() {
    }

    private static URL bundled(String name) {
        return Objects.requireNonNull(EsiSimulatorBuilder.class.getResource(name), name);
    }

    /** Bind address (loopback by default). @return this */
    public EsiSimulatorBuilder host(String bindHost) {
        this.host = bindHost;
        return this;
    }

    /** Port, 0 (default) for a free one. @return this */
    public EsiSimulatorBuilder port(int bindPort) {
        this.port = bindPort;
        return this;
    }

    /** Spec file to serve (OpenAPI 3.x JSON). @return this */
    public EsiSimulatorBuilder spec(Path file) {
        try {
            this.spec = file.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** One of the bundled specs, {@link #SPEC_2025_12_16} or {@link #SPEC_2020_01_01}. @return this */
    public EsiSimulatorBuilder bundledSpec(String name) {
        this.spec = bundled(name);
        return this;
    }

    /** Seed of generated data. @return this */
    public EsiSimulatorBuilder seed(long dataSeed) {
        this.seed = dataSeed;
        return this;
    }

    /** Clock for expiry, Last-Modified, limits and compatibility dates. @return this */
    public EsiSimulatorBuilder clock(Clock timeSource) {
        this.clock = timeSource;
        return this;
    }

    /** Registers a client; a {@code null} or empty secret makes it a public (PKCE) client. @return this */
    public EsiSimulatorBuilder client(String clientId, String clientSecret) {
        clients.put(clientId, clientSecret == null ? "" : clientSecret);
        return this;
    }

    /** Allows a redirect URI (exact match); without any, every redirect URI is accepted. @return this */
    public EsiSimulatorBuilder callbackUrl(String redirectUri) {
        callbacks.add(redirectUri);
        return this;
    }

    /** Replaces the characters. @return this */
    public EsiSimulatorBuilder characters(SimCharacter... list) {
        characters.clear();
        characters.addAll(List.of(list));
        return this;
    }

    /** Adds a character. @return this */
    public EsiSimulatorBuilder character(long id, String name, String ownerHash) {
        characters.add(new SimCharacter(id, name, ownerHash));
        return this;
    }

    /** Access token lifetime (default 1200 s). @return this */
    public EsiSimulatorBuilder tokenLifetime(Duration lifetime) {
        this.tokenLifetime = lifetime;
        return this;
    }

    /** {@code iss} of tokens and metadata; {@code null} for the simulator's own base URL. @return this */
    public EsiSimulatorBuilder issuer(String iss) {
        this.issuer = iss;
        return this;
    }

    /** Whether a single scope is written as a string {@code scp} claim, as EVE does (default true). @return this */
    public EsiSimulatorBuilder singleScopeAsString(boolean asString) {
        this.scpStringForOne = asString;
        return this;
    }

    /** Error budget and window (default 100 per 60 s). @return this */
    public EsiSimulatorBuilder errorLimit(int errors, Duration window) {
        this.errorLimit = errors;
        this.errorWindow = window;
        return this;
    }

    /** Overrides a rate-limit group's tokens and window. @return this */
    public EsiSimulatorBuilder rateLimit(String group, int maxTokens, Duration window) {
        rateLimits.put(group, new long[] {maxTokens, window.toSeconds()});
        return this;
    }

    /** Default page count and size of generated lists (default 1 page of 3). @return this */
    public EsiSimulatorBuilder defaultPages(int pageCount, int itemsPerPage) {
        this.pages = pageCount;
        this.pageSize = itemsPerPage;
        return this;
    }

    /** Page count and size of one operation. @return this */
    public EsiSimulatorBuilder pages(String operationId, int pageCount, int itemsPerPage) {
        pageSizes.put(operationId, new int[] {pageCount, itemsPerPage});
        return this;
    }

    /** Language when the request names none (default {@code en}). @return this */
    public EsiSimulatorBuilder defaultLanguage(String language) {
        this.defaultLanguage = language;
        return this;
    }

    /** Accepts another tenant / datasource besides {@code tranquility}. @return this */
    public EsiSimulatorBuilder tenant(String tenant) {
        tenants.add(tenant);
        return this;
    }

    /** Serves this JSON for a concrete path such as {@code /universe/types/587} (language en). @return this */
    public EsiSimulatorBuilder fixture(String path, String json) {
        fixtures.put(path, json);
        return this;
    }

    /** How many of the latest requests the journal keeps (default 10,000; 0 turns it off, e.g. for benchmarks). @return this */
    public EsiSimulatorBuilder journalSize(int requests) {
        this.journalSize = requests;
        return this;
    }

    /** Whether {@code x-rate-limit} buckets are enforced and announced (default true; off for benchmarks). @return this */
    public EsiSimulatorBuilder rateLimiting(boolean enabled) {
        this.rateLimiting = enabled;
        return this;
    }

    /** Cache-Control max-age of the JWKS (default 300 s). @return this */
    public EsiSimulatorBuilder jwksMaxAge(Duration maxAge) {
        this.jwksMaxAge = maxAge;
        return this;
    }

    /** @return the settings (for the JUnit extension and the main class) */
    SimSettings settings() {
        Map<String, String> c = new LinkedHashMap<>(clients);
        if (c.isEmpty()) {
            c.put("client-0001", "secret-0001");
        }
        return new SimSettings(host, port, spec, seed, clock, Collections.unmodifiableMap(c), List.copyOf(callbacks),
                List.copyOf(characters), tokenLifetime, issuer, scpStringForOne, errorLimit, errorWindow,
                Map.copyOf(rateLimits), pages, pageSize, Map.copyOf(pageSizes), defaultLanguage,
                List.copyOf(tenants), jwksMaxAge, Map.copyOf(fixtures), journalSize, rateLimiting);
    }

    /** Starts the simulator. @return the running simulator */
    public EsiSimulator start() {
        return new EsiSimulator(settings());
    }
}
