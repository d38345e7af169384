package dev.esi4j.scheduler.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;

import dev.esi4j.EsiException;
import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.scheduler.CleanupJob;

/** Which cleanup timers to create, from configuration: the testable part of the timer bean. */
public final class TimerPlan {

    /**
     * One job's timer.
     *
     * @param job         the job
     * @param scheduleKey its schedule's configuration key
     * @param schedule    its six-field schedule
     * @param enabled     whether its switch is on
     * @param available   whether the beans it needs are deployed
     */
    public record Entry(CleanupJob job, String scheduleKey, String schedule, boolean enabled, boolean available) {
        /** @return whether a timer is created */
        public boolean active() {
            return enabled && available;
        }
    }

    private final List<Entry> entries;

    private TimerPlan(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * @param config    switches and schedules
     * @param available whether a job's beans are deployed
     * @return the plan
     */
    public static TimerPlan of(EsiConfig config, Predicate<CleanupJob> available) {
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(CleanupJob.CALLBACK_REDIRECTS, EsiConfigKeys.CLEANUP_CALLBACK_SCHEDULE,
                config.cleanupCallbackRedirectsSchedule(), config.cleanupCallbackRedirectsEnabled(),
                available.test(CleanupJob.CALLBACK_REDIRECTS)));
        entries.add(new Entry(CleanupJob.TOKENS, EsiConfigKeys.CLEANUP_TOKENS_SCHEDULE,
                config.cleanupTokensSchedule(), config.cleanupTokensEnabled(), available.test(CleanupJob.TOKENS)));
        return new TimerPlan(entries);
    }

    /** @return every job's entry */
    public List<Entry> entries() {
        return entries;
    }

    /**
     * Creates one non-persistent calendar timer per active job; the timer's info is the job's enum name.
     *
     * @param timers the bean's timer service
     * @throws EsiException naming the key when the server rejects a schedule
     */
    public void install(TimerService timers) {
        for (Entry entry : entries) {
            if (entry.active()) {
                try {
                    timers.createCalendarTimer(Schedules.parse(entry.schedule()),
                            new TimerConfig(entry.job().name(), false));
                } catch (IllegalArgumentException e) {
                    throw new EsiException("ESI30005: " + entry.scheduleKey() + " = '" + entry.schedule()
                            + "' is not a valid calendar schedule: " + e.getMessage(), e);
                }
            }
        }
    }

    /** @return one line naming the active jobs and why the others are not, for the startup log */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (Entry entry : entries) {
            String state = !entry.enabled() ? "off" : !entry.available() ? "off (its store is not deployed)"
                    : "on, schedule '" + entry.schedule() + "'";
            parts.add(entry.job().key() + " " + state);
        }
        return String.join("; ", parts);
    }
}
