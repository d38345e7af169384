package dev.esi4j.scheduler.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.esi4j.EsiException;
import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.scheduler.CleanupJob;
import dev.esi4j.scheduler.internal.Schedules;
import dev.esi4j.scheduler.internal.TimerPlan;

/** Which timers the timer bean creates, from configuration (MISSION 6.3). */
class TimerPlanTest {

    private final RecordingTimerService timers = new RecordingTimerService();

    private static EsiConfig config(Map<String, String> keys) {
        return EsiConfig.builder().set(EsiConfigKeys.DEV_MODE, "true").setAll(keys).build();
    }

    @Test
    void defaults_twoNonPersistentCalendarTimersEveryFourHoursAndDaily() {
        TimerPlan plan = TimerPlan.of(config(Map.of()), job -> true);
        plan.install(timers.service());

        assertThat(timers.created).hasSize(2);
        assertThat(timers.created).allSatisfy(t -> assertThat(t.config().isPersistent()).isFalse());
        assertThat(timers.created.get(0).config().getInfo()).isEqualTo("CALLBACK_REDIRECTS");
        assertThat(Schedules.format(timers.created.get(0).schedule())).isEqualTo("0 0 */4 * * *");
        assertThat(timers.created.get(1).config().getInfo()).isEqualTo("TOKENS");
        assertThat(Schedules.format(timers.created.get(1).schedule())).isEqualTo("0 0 3 * * *");
        assertThat(plan.describe()).isEqualTo("callback-redirects on, schedule '0 0 */4 * * *'; "
                + "tokens on, schedule '0 0 3 * * *'");
    }

    @Test
    void tokensSwitchedOff_onlyCallbackTimerAndLogSaysOff() {
        TimerPlan plan = TimerPlan.of(config(Map.of(EsiConfigKeys.CLEANUP_TOKENS_ENABLED, "false")), job -> true);
        plan.install(timers.service());

        assertThat(timers.created).singleElement()
                .satisfies(t -> assertThat(t.config().getInfo()).isEqualTo("CALLBACK_REDIRECTS"));
        assertThat(plan.describe()).contains("tokens off");
    }

    @Test
    void customSchedule_everyFiveSeconds_fieldsMappedInOrder() {
        TimerPlan plan = TimerPlan.of(config(Map.of(EsiConfigKeys.CLEANUP_CALLBACK_SCHEDULE, "*/5 * * * * *",
                EsiConfigKeys.CLEANUP_TOKENS_SCHEDULE, "0 30 2 1 Jan Mon")), job -> true);
        plan.install(timers.service());

        var every5 = timers.created.get(0).schedule();
        assertThat(every5.getSecond()).isEqualTo("*/5");
        assertThat(every5.getMinute()).isEqualTo("*");
        var yearly = timers.created.get(1).schedule();
        assertThat(yearly.getSecond()).isEqualTo("0");
        assertThat(yearly.getMinute()).isEqualTo("30");
        assertThat(yearly.getHour()).isEqualTo("2");
        assertThat(yearly.getDayOfMonth()).isEqualTo("1");
        assertThat(yearly.getMonth()).isEqualTo("Jan");
        assertThat(yearly.getDayOfWeek()).isEqualTo("Mon");
    }

    @Test
    void storeNotDeployed_noTimerAndLogSaysWhy() {
        TimerPlan plan = TimerPlan.of(config(Map.of()), job -> job == CleanupJob.CALLBACK_REDIRECTS);
        plan.install(timers.service());

        assertThat(timers.created).hasSize(1);
        assertThat(plan.describe()).contains("tokens off (its store is not deployed)");
    }

    @Test
    void scheduleRejectedByTheServer_failsNamingTheKey() {
        TimerPlan plan = TimerPlan.of(config(Map.of(EsiConfigKeys.CLEANUP_TOKENS_SCHEDULE, "*/0 * * * * *")),
                job -> true);

        assertThatThrownBy(() -> plan.install(timers.service())).isInstanceOf(EsiException.class)
                .hasMessageContaining("ESI30005").hasMessageContaining(EsiConfigKeys.CLEANUP_TOKENS_SCHEDULE);
    }

    @Test
    void scheduleWithFiveFields_rejected() {
        assertThatThrownBy(() -> Schedules.parse("0 */4 * * *")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("6 fields");
    }
}
