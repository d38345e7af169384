package dev.esi4j.internal.policy;

import java.time.Duration;

import dev.esi4j.EsiException;

/** Waits; replaced in tests so that backoff and limit waits are observed, not slept. */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps on the calling thread. */
    Sleeper SYSTEM = d -> {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EsiException("interrupted while waiting before an ESI request", e);
        }
    };

    /** @param duration how long; zero or negative returns at once */
    void sleep(Duration duration);
}
