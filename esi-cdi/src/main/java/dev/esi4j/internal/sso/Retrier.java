package dev.esi4j.internal.sso;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import dev.esi4j.sso.SsoUnavailableException;

/**
 * Repeats an idempotent SSO call (refresh, revocation) on {@link TransientSsoException}: up to
 * {@code esi.sso.refresh-max-retries} more attempts, waiting the SSO's {@code Retry-After} when given, else
 * exponential backoff with jitter. A {@code Retry-After} longer than {@link #MAX_WAIT} ends the attempts at once
 * (the caller sees it in {@link SsoUnavailableException#retryAfter()}).
 */
public final class Retrier {

    /** Waits (replaceable in tests). */
    @FunctionalInterface
    public interface Sleeper {
        /**
         * @param duration how long
         * @throws InterruptedException when interrupted
         */
        void sleep(Duration duration) throws InterruptedException;
    }

    /** The longest single wait. */
    public static final Duration MAX_WAIT = Duration.ofSeconds(30);
    private static final Duration BASE = Duration.ofMillis(500);

    private final int maxRetries;
    private final Sleeper sleeper;

    /**
     * @param maxRetries retries after the first attempt
     * @param sleeper    how to wait
     */
    public Retrier(int maxRetries, Sleeper sleeper) {
        this.maxRetries = maxRetries;
        this.sleeper = sleeper;
    }

    /** @return the real sleeper */
    public static Sleeper threadSleep() {
        return duration -> Thread.sleep(duration.toMillis());
    }

    /**
     * @param call the idempotent call
     * @param <T>  its result
     * @return its result
     * @throws SsoUnavailableException the last transient failure when attempts are exhausted
     */
    public <T> T call(Supplier<T> call) {
        for (int attempt = 0;; attempt++) {
            try {
                return call.get();
            } catch (TransientSsoException e) {
                Duration wait = e.retryAfter().orElse(backoff(attempt));
                if (attempt >= maxRetries || wait.compareTo(MAX_WAIT) > 0) {
                    throw e;
                }
                pause(wait, e);
            }
        }
    }

    private void pause(Duration wait, TransientSsoException cause) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new SsoUnavailableException("interrupted while waiting to retry: " + cause.getMessage(),
                    cause.retryAfter().orElse(null), cause);
        }
    }

    static Duration backoff(int attempt) {
        long millis = BASE.toMillis() << Math.min(attempt, 6);
        return Duration.ofMillis(millis + ThreadLocalRandom.current().nextLong(millis / 2 + 1));
    }
}
