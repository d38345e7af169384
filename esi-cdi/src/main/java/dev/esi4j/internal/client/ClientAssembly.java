package dev.esi4j.internal.client;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.esi4j.EsiCallEvent;
import dev.esi4j.EsiClient;
import dev.esi4j.config.EsiConfig;
import dev.esi4j.internal.engine.AuthStep;
import dev.esi4j.internal.engine.Engine;
import dev.esi4j.internal.engine.EventStep;
import dev.esi4j.internal.engine.HeadersStep;
import dev.esi4j.internal.engine.Languages;
import dev.esi4j.internal.engine.Pipeline;
import dev.esi4j.internal.engine.RequestFactory;
import dev.esi4j.internal.engine.Step;
import dev.esi4j.internal.http.JdkTransport;
import dev.esi4j.internal.http.Transport;
import dev.esi4j.internal.json.JsonMapper;
import dev.esi4j.internal.paging.CursorWalker;
import dev.esi4j.internal.paging.PagesFetcher;
import dev.esi4j.spec.EsiSpec;

/** Wires a client from configuration: the real builder behind {@code EsiClientBuilder} (tests use it directly). */
public final class ClientAssembly {

    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private EsiConfig config;
    private Clock clock = Clock.systemUTC();
    private Transport transport;
    private ExecutorService executor;
    private Supplier<EsiSpec> spec;
    private final List<Consumer<EsiCallEvent>> listeners = new ArrayList<>();
    private Policies policies = new Policies();

    public ClientAssembly config(EsiConfig value) {
        this.config = value;
        return this;
    }

    public ClientAssembly clock(Clock value) {
        this.clock = value;
        return this;
    }

    public ClientAssembly transport(Transport value) {
        this.transport = value;
        return this;
    }

    public ClientAssembly executor(ExecutorService value) {
        this.executor = value;
        return this;
    }

    public ClientAssembly spec(Supplier<EsiSpec> value) {
        this.spec = value;
        return this;
    }

    public ClientAssembly listener(Consumer<EsiCallEvent> value) {
        listeners.add(value);
        return this;
    }

    public ClientAssembly policies(Policies value) {
        this.policies = value;
        return this;
    }

    /** @return the client */
    public EsiClient build() {
        EsiConfig cfg = config != null ? config : EsiConfig.builder().build();
        Transport http = transport != null ? transport : new JdkTransport(cfg.connectTimeout(),
                cfg.maxConcurrentRequests());
        boolean ownExecutor = executor == null;
        ExecutorService exec = ownExecutor ? Executors.newCachedThreadPool(daemon()) : executor;
        Supplier<EsiSpec> specs = spec != null ? spec : policies.specs(cfg, http, clock);
        JsonMapper mapper = new JsonMapper();
        Languages languages = new Languages(cfg.languages(), cfg.defaultLanguage());
        List<Step> steps = new ArrayList<>();
        steps.add(new EventStep(listeners, clock));
        steps.addAll(policies.steps(cfg, clock));
        steps.add(new AuthStep());
        steps.add(new HeadersStep(cfg));
        Engine engine = new Engine(new RequestFactory(cfg.apiUrl(), languages, mapper),
                new Pipeline(steps, http, cfg.readTimeout()));
        ClientRuntime rt = new ClientRuntime(specs, engine,
                new PagesFetcher(engine, exec, cfg.pagesConcurrency(), policies.maxPasses()), new CursorWalker(engine),
                mapper, languages, exec);
        DefaultEsiClient.Dates dates = new DefaultEsiClient.Dates(cfg.compatibilityDate(),
                cfg.compatibilityDateOverrides());
        policies.validate(cfg, specs);
        return new DefaultEsiClient(rt, dates, () -> {
            http.close();
            mapper.close();
            if (ownExecutor) {
                exec.shutdownNow();
            }
        });
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        int n = CLIENTS.incrementAndGet();
        AtomicInteger t = new AtomicInteger();
        return r -> {
            Thread thread = new Thread(r, "esi4j-client-" + n + "-" + t.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
