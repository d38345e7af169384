package dev.esi4j.scheduler;

import java.time.Duration;
import java.time.Instant;

/**
 * SPI: decides which node of a cluster performs one scheduled run of a job, so that each job runs once per schedule
 * and never twice at the same time (MISSION 6.3).
 *
 * <p>Every node's timer fires for the same scheduled instant (the <em>slot</em>) and calls {@link #tryAcquire}; at
 * most one call per job and slot returns {@code true}, and none returns {@code true} while another node still runs
 * the job (until that node {@linkplain #release releases} it or {@code maxRunTime} has passed, for a node that died
 * mid-run). {@link JdbcJobLease} implements it with one row per job in a shared database; without a lease bean each
 * JVM runs every job (a single-node default).
 *
 * <p>Provide one as a CDI bean to make the timers cluster-safe:
 * <pre>
 * &#64;Produces &#64;ApplicationScoped
 * JobLease jobLease(&#64;Resource(lookup = "jdbc/app") DataSource dataSource) {
 *     return new JdbcJobLease(dataSource);
 * }
 * </pre>
 * Implementations are thread-safe.
 *
 * @since 0.1
 */
public interface JobLease {

    /**
     * Tries to take the lease for one run of a job.
     *
     * @param job        the job name
     * @param slot       the scheduled instant of this run, equal on every node for the same firing
     * @param maxRunTime how long the lease protects the run when it is never released
     * @return {@code true} when this node must run the job now; {@code false} when another node ran or is running
     *         it for this slot, or is still running an earlier one
     */
    boolean tryAcquire(String job, Instant slot, Duration maxRunTime);

    /**
     * Ends this node's run of a job, so that the next slot may start; the slot stays taken. Does nothing when this
     * node does not hold the lease.
     *
     * @param job the job name
     */
    void release(String job);

    /**
     * @return what this lease is, for the startup log and admin pages; called through the bean, so it names the
     *         implementation even when the bean is a normal-scoped client proxy
     * @since 0.1
     */
    default String describe() {
        return getClass().getSimpleName();
    }
}
