package dev.esi4j.scheduler.internal;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.esi4j.scheduler.CleanupJob;
import dev.esi4j.scheduler.CleanupRun;
import dev.esi4j.scheduler.JobLease;

/** Runs a job, reports it (event and log line), and for scheduled runs takes and releases the lease around it. */
public final class JobRunner {

    private static final System.Logger LOG = System.getLogger("dev.esi4j.scheduler");

    /** One run of a job. */
    @FunctionalInterface
    public interface Job {
        /** @return what the run did */
        CleanupRun run();
    }

    private final JobLease lease;
    private final Consumer<CleanupRun> events;

    /**
     * @param lease  decides which node runs a scheduled slot
     * @param events receives every run's report
     */
    public JobRunner(JobLease lease, Consumer<CleanupRun> events) {
        this.lease = lease;
        this.events = events;
    }

    /** @return the lease's kind, for the startup log */
    public String leaseDescription() {
        return lease.describe();
    }

    /**
     * @param job     which job
     * @param factory creates the run (may throw when the job cannot run)
     * @return the report
     */
    public CleanupRun run(CleanupJob job, Supplier<Job> factory) {
        Instant start = Instant.now();
        long t0 = System.nanoTime();
        try {
            CleanupRun run = factory.get().run();
            LOG.log(Level.INFO, "ESI30002: cleanup {0} done in {1} ms: removed {2}, refreshed {3}, failures {4}",
                    job.key(), run.duration().toMillis(), run.removed(), run.refreshed(), run.failures());
            events.accept(run);
            return run;
        } catch (RuntimeException e) {
            CleanupRun failed = new CleanupRun(job, start, Duration.ofNanos(System.nanoTime() - t0), 0, 0, 1, false);
            LOG.log(Level.WARNING, "ESI30003: cleanup {0} failed after {1} ms: {2}", job.key(),
                    failed.duration().toMillis(), e.toString());
            events.accept(failed);
            throw e;
        }
    }

    /**
     * @param job        which job
     * @param slot       the scheduled instant
     * @param maxRunTime lease protection for a node that dies mid-run
     * @param factory    creates the run
     * @return the report, or empty when another node has this slot
     */
    public Optional<CleanupRun> runLeased(CleanupJob job, Instant slot, Duration maxRunTime, Supplier<Job> factory) {
        if (!lease.tryAcquire(job.key(), slot, maxRunTime)) {
            LOG.log(Level.DEBUG, "cleanup {0} of slot {1} runs elsewhere or is still running", job.key(), slot);
            return Optional.empty();
        }
        try {
            return Optional.of(run(job, factory));
        } finally {
            lease.release(job.key());
        }
    }
}
