package dev.esi4j.scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What one run of a cleanup job did. Returned by the jobs and fired as a CDI event after every run that took place
 * (scheduled or called through {@link CleanupJobs}); runs skipped because another node holds the lease fire nothing.
 * Observe it to record metrics:
 * <pre>
 * void onCleanup(&#64;Observes CleanupRun run) {
 *     registry.counter("esi_cleanup_removed", "job", run.job().key()).inc(run.removed());
 * }
 * </pre>
 *
 * @param job       which job ran
 * @param startedAt when the run started
 * @param duration  how long it took
 * @param removed   rows deleted (callback state, or tokens: orphaned ones plus those that could not be refreshed)
 * @param refreshed tokens refreshed
 * @param failures  tokens whose refresh failed for a transient reason (kept for the next run), plus one when the
 *                  run itself failed
 * @param completed {@code false} when the run ended with an exception (the counts then show what was done before)
 * @since 0.1
 */
public record CleanupRun(CleanupJob job, Instant startedAt, Duration duration, long removed, long refreshed,
        long failures, boolean completed) {

    /** Checks required values. */
    public CleanupRun {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(duration, "duration");
    }
}
