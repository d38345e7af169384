package dev.esi4j.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.token.CallbackRedirectStore;

/**
 * Removes pending SSO flows older than a maximum age, in one batched statement (MISSION 6.1; django-esi's
 * {@code cleanup_callbackredirect}). Usable on its own:
 * <pre>
 * CleanupRun run = new CallbackRedirectCleanup(store, Duration.ofMinutes(5), Clock.systemUTC()).run();
 * </pre>
 *
 * @since 0.1
 */
public final class CallbackRedirectCleanup {

    private final CallbackRedirectStore store;
    private final Duration maxAge;
    private final Clock clock;

    /**
     * @param store  the pending flows
     * @param maxAge flows older than this are removed
     * @param clock  clock giving "now"
     */
    public CallbackRedirectCleanup(CallbackRedirectStore store, Duration maxAge, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param store  the pending flows
     * @param config supplies {@code esi.callback-redirect.max-age}
     * @return the job with the configured maximum age and the system clock
     */
    public static CallbackRedirectCleanup of(CallbackRedirectStore store, EsiConfig config) {
        return new CallbackRedirectCleanup(store, config.callbackRedirectMaxAge(), Clock.systemUTC());
    }

    /**
     * Deletes every flow created more than the maximum age ago.
     *
     * @return what was done ({@link CleanupRun#removed()} flows)
     */
    public CleanupRun run() {
        Instant start = clock.instant();
        long t0 = System.nanoTime();
        int removed = store.deleteByCreatedAtBefore(start.minus(maxAge));
        return new CleanupRun(CleanupJob.CALLBACK_REDIRECTS, start, Duration.ofNanos(System.nanoTime() - t0),
                removed, 0, 0, true);
    }
}
