package dev.esi4j.scheduler.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.scheduler.CallbackRedirectCleanup;
import dev.esi4j.scheduler.CleanupJob;
import dev.esi4j.scheduler.CleanupRun;
import dev.esi4j.token.CallbackRedirect;
import dev.esi4j.token.CallbackRedirectStore;
import dev.esi4j.token.testing.TokenFixtures.MutableClock;

/** The callback-state cleanup (MISSION 6.1) against any callback-redirect store. */
public abstract class CallbackRedirectCleanupContract {

    protected static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    protected final MutableClock clock = new MutableClock(NOW);
    protected CallbackRedirectStore store;

    /** @return a new, empty store */
    protected abstract CallbackRedirectStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    protected void flow(String state, Duration age) {
        store.save(new CallbackRedirect(state, "S1", null, "GET", "/app", null, Set.of("esi-skills.read_skills.v1"),
                false, false, NOW.minus(age)));
    }

    @Test
    @DisplayName("B17 d): flows older than the max age (301 s) are removed; younger ones and the boundary stay")
    void flowsOlderThanMaxAge_removedInOneRun() {
        flow("ST-old", Duration.ofSeconds(4000));
        flow("ST-301", Duration.ofSeconds(301));
        flow("ST-300", Duration.ofSeconds(300));
        flow("ST-new", Duration.ofSeconds(10));

        CleanupRun run = new CallbackRedirectCleanup(store, Duration.ofSeconds(300), clock).run();

        assertThat(run.removed()).isEqualTo(2);
        assertThat(run.job()).isEqualTo(CleanupJob.CALLBACK_REDIRECTS);
        assertThat(store.findOptionalByState("ST-old")).isEmpty();
        assertThat(store.findOptionalByState("ST-301")).isEmpty();
        assertThat(store.findOptionalByState("ST-300")).isPresent();
        assertThat(store.findOptionalByState("ST-new")).isPresent();
    }

    @Test
    void noOldFlows_removesNothing() {
        flow("ST-new", Duration.ofSeconds(10));

        CleanupRun run = new CallbackRedirectCleanup(store, Duration.ofSeconds(300), clock).run();

        assertThat(run.removed()).isZero();
        assertThat(store.count()).isEqualTo(1);
    }
}
