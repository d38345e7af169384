package dev.esi4j.internal.client;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.esi4j.EsiSpecException;
import dev.esi4j.config.EsiConfig;
import dev.esi4j.internal.cache.CacheStep;
import dev.esi4j.internal.cache.ResponseStore;
import dev.esi4j.internal.engine.Step;
import dev.esi4j.internal.policy.Backoff;
import dev.esi4j.internal.policy.ErrorLimitStep;
import dev.esi4j.internal.policy.LimitState;
import dev.esi4j.internal.policy.RateLimitStep;
import dev.esi4j.internal.policy.RetryStep;
import dev.esi4j.internal.policy.Sleeper;
import dev.esi4j.internal.http.Transport;
import dev.esi4j.internal.engine.UserAgent;
import dev.esi4j.internal.spec.FetchedSpec;
import dev.esi4j.internal.spec.SpecSources;
import dev.esi4j.spec.EsiSpec;

/** Chooses the spec source and the resilience policies for a configuration. */
public class Policies {

    private Sleeper sleeper = Sleeper.SYSTEM;
    private LimitState limitState;
    private ResponseStore store;

    /** @return full passes of {@code results()} before an inconsistency error */
    public int maxPasses() {
        return 3;
    }

    /**
     * @param config    configuration
     * @param transport transport (for fetching)
     * @param clock     clock
     * @return the spec supplier
     */
    public Supplier<EsiSpec> specs(EsiConfig config, Transport transport, Clock clock) {
        if (config.specFile().isPresent()) {
            EsiSpec spec = SpecSources.file(config.specFile().get());
            return () -> spec;
        }
        if (config.specFetch()) {
            URI uri = URI.create(config.apiUrl().toString().replaceAll("/+$", "")
                    + "/meta/openapi.json?compatibility_date=" + config.compatibilityDate());
            return new FetchedSpec(transport, uri, Map.of("User-Agent", UserAgent.of(config),
                    "X-Tenant", config.tenant(), "Accept", "application/json"), config.specCacheDuration(),
                    config.readTimeout(), clock);
        }
        EsiSpec spec = SpecSources.bundled();
        return () -> spec;
    }

    /**
     * @param config configuration
     * @param clock  clock
     * @return policy steps between the event step and auth/headers, outermost first
     */
    public List<Step> steps(EsiConfig config, Clock clock) {
        LimitState limits = limitState != null ? limitState : SharedStores.limits(config);
        List<Step> steps = new ArrayList<>();
        if (config.cacheResponses()) {
            steps.add(new CacheStep(store != null ? store : SharedStores.responses(config), clock));
        }
        steps.add(new RetryStep(config.serverErrorMaxRetries(), config.connectionErrorMaxRetries(),
                new Backoff(config.backoffBase()), sleeper, clock));
        steps.add(new RateLimitStep(limits, config.rateLimitMode(), sleeper, clock));
        steps.add(new ErrorLimitStep(limits, config.errorLimitMode(), config.errorLimitThreshold(), sleeper, clock));
        return steps;
    }

    /**
     * @param value waits (tests observe instead of sleeping)
     * @return this
     */
    public Policies sleeper(Sleeper value) {
        this.sleeper = value;
        return this;
    }

    /**
     * @param value limit state (default: shared per ESI URL, in JCache when {@code esi.cache.jcache-name} is set)
     * @return this
     */
    public Policies limitState(LimitState value) {
        this.limitState = value;
        return this;
    }

    /**
     * @param value response store (default: bounded in-memory, or JCache when {@code esi.cache.jcache-name} is set)
     * @return this
     */
    public Policies store(ResponseStore value) {
        this.store = value;
        return this;
    }

    /**
     * Build-time checks: per-tag compatibility overrides must name tags of the spec.
     *
     * @param config configuration
     * @param specs  spec supplier
     */
    public void validate(EsiConfig config, Supplier<EsiSpec> specs) {
        Map<String, java.time.LocalDate> overrides = config.compatibilityDateOverrides();
        if (overrides.isEmpty() || config.specFetch() && config.specFile().isEmpty()) {
            return;
        }
        EsiSpec spec = specs.get();
        for (String tag : overrides.keySet()) {
            if (spec.tag(tag).isEmpty() || !spec.tag(tag).get().name().equals(tag)) {
                throw new EsiSpecException("esi.compatibility-date-overrides names tag '" + tag
                        + "' which the spec " + spec.version() + " does not have; tags are "
                        + spec.tags().stream().map(t -> t.name()).toList());
            }
        }
    }
}
