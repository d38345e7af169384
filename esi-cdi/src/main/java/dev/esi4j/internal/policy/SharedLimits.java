package dev.esi4j.internal.policy;

import java.time.Instant;

/**
 * Where the "not before" instants of the error and rate limits are shared beyond this process (JCache in a
 * cluster). Implementations may fail; {@link LimitState} then keeps going on its local copy.
 */
public interface SharedLimits {

    /**
     * @param key state key
     * @return the shared instant, or {@code null}
     */
    Instant notBefore(String key);

    /**
     * Moves the shared instant later (never earlier).
     *
     * @param key   state key
     * @param until new instant
     */
    void block(String key, Instant until);
}
