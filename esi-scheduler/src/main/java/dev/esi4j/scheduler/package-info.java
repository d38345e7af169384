/**
 * Cleanup jobs (MISSION 6): the jobs as plain classes over the token SPI, the {@link dev.esi4j.scheduler.CleanupRun}
 * event every run fires, and the {@link dev.esi4j.scheduler.JobLease} SPI (with {@link
 * dev.esi4j.scheduler.JdbcJobLease}) that makes the EJB timers run each job once per cluster.
 *
 * <p>The timers themselves are created by an internal {@code @Singleton @Startup} EJB as soon as this jar is in the
 * application; {@code esi.cleanup.*} keys switch them off or change their schedules.
 */
package dev.esi4j.scheduler;
