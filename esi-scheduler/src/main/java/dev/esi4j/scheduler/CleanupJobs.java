package dev.esi4j.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.scheduler.internal.JobRunner;
import dev.esi4j.scheduler.internal.LocalJobLease;
import dev.esi4j.scheduler.internal.ManagedExecutors;
import dev.esi4j.token.CallbackRedirectStore;
import dev.esi4j.token.TokenService;
import dev.esi4j.token.TokenStore;

/**
 * The cleanup jobs as a CDI bean, configured from {@link EsiConfig}: what the timers call, and what application code
 * calls to clean up now (an admin action, a test). Every run fires a {@link CleanupRun} event and logs one line.
 * <pre>
 * &#64;Inject CleanupJobs cleanup;
 *
 * CleanupRun run = cleanup.cleanupTokens();
 * </pre>
 * Direct calls run at once, on this node, whatever the schedule, switches or lease say.
 *
 * @since 0.1
 */
@ApplicationScoped
public class CleanupJobs {

    private final EsiConfig config;
    private final Instance<CallbackRedirectStore> redirects;
    private final Instance<TokenStore> tokenStores;
    private final Instance<TokenService> tokenServices;
    private final JobRunner runner;

    /** For proxies. */
    protected CleanupJobs() {
        this.config = null;
        this.redirects = null;
        this.tokenStores = null;
        this.tokenServices = null;
        this.runner = null;
    }

    /**
     * @param config        the configuration
     * @param redirects     the callback-state store
     * @param tokenStores   the token store
     * @param tokenServices the token service
     * @param leases        the application's {@link JobLease}, if it provides one
     * @param events        receives a {@link CleanupRun} per run
     */
    @Inject
    public CleanupJobs(EsiConfig config, Instance<CallbackRedirectStore> redirects, Instance<TokenStore> tokenStores,
            Instance<TokenService> tokenServices, Instance<JobLease> leases, Event<CleanupRun> events) {
        this.config = config;
        this.redirects = redirects;
        this.tokenStores = tokenStores;
        this.tokenServices = tokenServices;
        JobLease lease = leases.isResolvable() ? leases.get() : new LocalJobLease(Clock.systemUTC());
        this.runner = new JobRunner(lease, events::fire);
    }

    /** @return the callback-state cleanup, run now */
    public CleanupRun cleanupCallbackRedirects() {
        return run(CleanupJob.CALLBACK_REDIRECTS);
    }

    /** @return the token cleanup, run now */
    public CleanupRun cleanupTokens() {
        return run(CleanupJob.TOKENS);
    }

    /**
     * Runs a job now on this node.
     *
     * @param job the job
     * @return what it did
     * @throws IllegalStateException when the stores it needs are not deployed
     * @throws RuntimeException      what the job threw (a {@link CleanupRun} with {@code completed = false} was
     *                               fired first)
     */
    public CleanupRun run(CleanupJob job) {
        return runner.run(job, () -> newJob(job));
    }

    /**
     * Runs a job for one scheduled slot if this node wins the {@link JobLease} for it (what the timers do).
     *
     * @param job  the job
     * @param slot the scheduled instant, the same on every node
     * @return what it did, or empty when another node runs or ran this slot
     */
    public Optional<CleanupRun> runScheduled(CleanupJob job, Instant slot) {
        return runner.runLeased(job, slot, maxRunTime(job), () -> newJob(job));
    }

    /**
     * @param job a job
     * @return whether the beans it needs (callback-state store; token store and token service) are deployed
     */
    public boolean isAvailable(CleanupJob job) {
        return switch (job) {
            case CALLBACK_REDIRECTS -> redirects.isResolvable();
            case TOKENS -> tokenStores.isResolvable() && tokenServices.isResolvable();
        };
    }

    /** @return the lease in use, for the startup log */
    public String leaseDescription() {
        return runner.leaseDescription();
    }

    private JobRunner.Job newJob(CleanupJob job) {
        if (!isAvailable(job)) {
            throw new IllegalStateException("ESI30006: cleanup " + job.key() + " needs a "
                    + (job == CleanupJob.TOKENS ? "TokenStore and a TokenService" : "CallbackRedirectStore")
                    + " bean");
        }
        return switch (job) {
            case CALLBACK_REDIRECTS -> CallbackRedirectCleanup.of(redirects.get(), config)::run;
            case TOKENS -> new TokenCleanup(tokenStores.get(), tokenServices.get(), config.callbackRedirectMaxAge(),
                    config.cleanupRefreshConcurrency(), ManagedExecutors.lookup().orElse(null),
                    Clock.systemUTC())::run;
        };
    }

    private static Duration maxRunTime(CleanupJob job) {
        return job == CleanupJob.TOKENS ? Duration.ofHours(6) : Duration.ofMinutes(10);
    }
}
