package dev.esi4j.scheduler.internal;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.scheduler.CleanupJob;
import dev.esi4j.scheduler.CleanupJobs;

/**
 * Creates the cleanup timers at deployment (MISSION 6.3): one programmatic, non-persistent calendar timer per enabled
 * job, schedules from {@code esi.cleanup.*.schedule}. Each firing runs the job through the {@link
 * dev.esi4j.scheduler.JobLease}, so in a cluster one node runs it per slot.
 *
 * <p>Bean-managed concurrency lets both jobs run at once; bean-managed transactions mean a timeout runs without a
 * transaction, so a long token cleanup never hits the transaction timeout and the lease commits on its own (the
 * stores open their own transactions). Non-persistent timers: cleanup is idempotent, so a run missed while the
 * server was down needs no catching up.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class CleanupTimerBean {

    private static final System.Logger LOG = System.getLogger("dev.esi4j.scheduler");

    private TimerService timerService;
    private EsiConfig config;
    private CleanupJobs jobs;

    /** @param service the container's timer service */
    @Resource
    public void setTimerService(TimerService service) {
        this.timerService = service;
    }

    /**
     * @param esiConfig switches and schedules
     * @param cleanupJobs the jobs
     */
    @Inject
    public void init(EsiConfig esiConfig, CleanupJobs cleanupJobs) {
        this.config = esiConfig;
        this.jobs = cleanupJobs;
    }

    @PostConstruct
    void start() {
        TimerPlan plan = TimerPlan.of(config, jobs::isAvailable);
        plan.install(timerService);
        LOG.log(Level.INFO, "ESI30001: esi4j cleanup timers: {0}; cluster lease: {1}", plan.describe(),
                jobs.leaseDescription());
    }

    @Timeout
    void fire(Timer timer) {
        CleanupJob job = CleanupJob.valueOf((String) timer.getInfo());
        try {
            jobs.runScheduled(job, slotOf(timer));
        } catch (RuntimeException e) {
            // already reported by the runner (ESI30003); keep the timer alive
            LOG.log(Level.DEBUG, "cleanup timer of {0} caught {1}", job.key(), e.toString());
        }
    }

    /**
     * The slot identifying this firing on every node: the timer's next scheduled instant, computed from the shared
     * calendar, not from this node's clock.
     */
    private static Instant slotOf(Timer timer) {
        try {
            return timer.getNextTimeout().toInstant();
        } catch (RuntimeException e) {
            return Instant.now().truncatedTo(ChronoUnit.SECONDS);
        }
    }
}
