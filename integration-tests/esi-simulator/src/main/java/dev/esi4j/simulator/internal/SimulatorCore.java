package dev.esi4j.simulator.internal;

import dev.esi4j.simulator.ConnectionStats;
import dev.esi4j.simulator.EsiControl;
import dev.esi4j.simulator.FaultControl;
import dev.esi4j.simulator.Journal;
import dev.esi4j.simulator.SsoControl;
import dev.esi4j.simulator.internal.esi.CompatibilityDates;
import dev.esi4j.simulator.internal.esi.ErrorBudget;
import dev.esi4j.simulator.internal.esi.EsiParts;
import dev.esi4j.simulator.internal.esi.EsiService;
import dev.esi4j.simulator.internal.esi.FixtureStore;
import dev.esi4j.simulator.internal.esi.LanguageSelector;
import dev.esi4j.simulator.internal.esi.PagingConfig;
import dev.esi4j.simulator.internal.esi.PathNormalizer;
import dev.esi4j.simulator.internal.esi.RateLimiter;
import dev.esi4j.simulator.internal.esi.SpecCatalog;
import dev.esi4j.simulator.internal.sso.BearerVerifier;
import dev.esi4j.simulator.internal.sso.GrantStore;
import dev.esi4j.simulator.internal.sso.SigningKeys;
import dev.esi4j.simulator.internal.sso.SsoService;
import dev.esi4j.simulator.internal.sso.SsoState;
import dev.esi4j.simulator.internal.sso.TokenMinter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/** Builds and owns every part of a running simulator. */
public final class SimulatorCore {

    private static final System.Logger LOG = System.getLogger(SimulatorCore.class.getName());

    private static final List<String> KNOWN_DATES = List.of("2020-01-01", "2025-04-01", "2025-04-02",
            "2025-08-26", "2025-09-26", "2025-09-30", "2025-11-06", "2025-12-16", "2026-05-19", "2026-06-09",
            "2026-07-17", "2026-07-21", "2026-08-04", "2026-08-18");

    private final SimSettings settings;
    private final FaultRegistry faults = new FaultRegistry();
    private final JournalImpl journal;
    private final SsoState sso;
    private final EsiParts esi;
    private final SimServer server;
    private String baseUrl;

    /** Builds everything; {@link #start()} opens the port. */
    public SimulatorCore(SimSettings s) {
        this.settings = s;
        this.journal = new JournalImpl(s.journalSize());
        CompletableFuture<SigningKeys> keyGen = CompletableFuture.supplyAsync(SigningKeys::new);
        SpecCatalog spec = loadSpec(s);
        SigningKeys keys = keyGen.join();
        BearerVerifier verifier = new BearerVerifier(keys, s.clock());
        TokenMinter minter = new TokenMinter(keys, s.clock(), s.tokenLifetime(), s.scpStringForOne(), s.issuer());
        sso = new SsoState(s.clients(), s.callbacks(), SsoState.characterMap(s.characters()),
                new AtomicReference<>(), new GrantStore(s.clock()), keys, minter, spec.scopes(),
                new AtomicReference<>(), s.jwksMaxAge().toSeconds());
        esi = parts(s, spec, verifier);
        EsiService esiService = new EsiService(spec, esi, s.clock());
        Dispatcher dispatcher = new Dispatcher(esiService, new SsoService(sso, verifier), faults, journal,
                s.clock());
        server = new SimServer(s.host(), s.port(), dispatcher, s.clock());
    }

    private static EsiParts parts(SimSettings s, SpecCatalog spec, BearerVerifier verifier) {
        PagingConfig paging = new PagingConfig(new PagingConfig.Size(s.pages(), s.pageSize()));
        s.pageSizes().forEach((op, size) -> paging.set(op, size[0], size[1]));
        RateLimiter limiter = new RateLimiter(s.clock(), s.rateLimiting());
        s.rateLimits().forEach((group, l) -> limiter.override(group, (int) l[0], l[1]));
        Set<String> dates = new LinkedHashSet<>(KNOWN_DATES);
        dates.add(spec.version());
        paging.markBase();
        FixtureStore fixtures = FixtureStore.bundled();
        s.fixtures().forEach((path, json) -> fixtures.put(PathNormalizer.normalise(path), "en", 0, json));
        fixtures.markBase();
        return new EsiParts(fixtures, paging, s.seed(), verifier, s.tenants(),
                new ErrorBudget(s.errorLimit(), s.errorWindow().toSeconds(), s.clock()), limiter,
                new CompatibilityDates(dates, s.clock()), new LanguageSelector(s.defaultLanguage()));
    }

    private static SpecCatalog loadSpec(SimSettings s) {
        return "file".equals(s.spec().getProtocol()) ? load(s) : SpecCatalog.cached(s.spec());
    }

    private static SpecCatalog load(SimSettings s) {
        try {
            return SpecCatalog.load(s.spec().openStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read spec " + s.spec(), e);
        }
    }

    /** Opens the port. */
    public void start() {
        server.start();
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        baseUrl = "http://" + host + ":" + server.port();
        sso.baseUrl().set(baseUrl);
        LOG.log(System.Logger.Level.INFO, "ESI90001 ESI/SSO simulator listening on {0}", baseUrl);
        if (settings.issuer() == null) {
            sso.minter().issuer(baseUrl);
        }
    }

    /** @return base URL without trailing slash */
    public String baseUrl() {
        return baseUrl;
    }

    /** @return the bound port */
    public int port() {
        return server.port();
    }

    /** Stops the server. */
    public void stop() {
        server.stop();
    }

    /**
     * Back to the configured state between tests: no faults, empty journal, full budgets, no
     * auto-approve, configured characters, page sizes and fixtures, no snapshots. Keys and grants stay.
     */
    public void reset() {
        faults.clear();
        journal.clear();
        esi.budget().reset();
        esi.limiter().reset();
        esi.paging().reset();
        esi.fixtures().reset();
        sso.autoApprove().set(null);
        sso.characters().clear();
        sso.characters().putAll(SsoState.characterMap(settings.characters()));
        server.resetStats();
    }

    /** @return connection counts */
    public ConnectionStats connections() {
        return server.stats();
    }

    /** @return fault control */
    public FaultControl faults() {
        return faults;
    }

    /** @return journal */
    public Journal journal() {
        return journal;
    }

    /** @return SSO hooks */
    public SsoControl sso() {
        return new SsoControlImpl(sso);
    }

    /** @return ESI hooks */
    public EsiControl esi() {
        return new EsiControlImpl(esi, settings.clock());
    }
}
