package dev.esi4j.simulator.internal.esi;

import java.time.Clock;

/**
 * ESI's error limit: a budget of errors per fixed window (aligned to the clock); 4xx/5xx answers
 * (but not 420/429 themselves) spend it; when it is spent every request gets 420 until the window ends.
 */
public final class ErrorBudget {

    private final int limit;
    private final long windowSeconds;
    private final Clock clock;
    private long windowStart = Long.MIN_VALUE;
    private int errors;

    /** @param limit errors per window @param windowSeconds window length @param clock time source */
    public ErrorBudget(int limit, long windowSeconds, Clock clock) {
        this.limit = limit;
        this.windowSeconds = windowSeconds;
        this.clock = clock;
    }

    private void roll() {
        long now = clock.instant().getEpochSecond();
        long start = now - Math.floorMod(now, windowSeconds);
        if (start != windowStart) {
            windowStart = start;
            errors = 0;
        }
    }

    /** @return errors left in this window */
    public synchronized int remaining() {
        roll();
        return Math.max(0, limit - errors);
    }

    /** @return seconds until the window resets (at least 1) */
    public synchronized long resetSeconds() {
        roll();
        return Math.max(1, windowStart + windowSeconds - clock.instant().getEpochSecond());
    }

    /** Spends one error if the status is an error that counts. */
    public synchronized void record(int status) {
        roll();
        if (status >= 400 && status != 420 && status != 429) {
            errors++;
        }
    }

    /** Restores the full budget. */
    public synchronized void reset() {
        errors = 0;
    }
}
