package dev.esi4j.internal.engine;

import java.time.Duration;

/**
 * Per-call overrides.
 *
 * @param timeout     read timeout, {@code null} for the client default
 * @param retries     retry budget, {@code null} for the client default
 * @param ignoreCache skip the response cache for reading
 */
public record CallOptions(Duration timeout, Integer retries, boolean ignoreCache) {

    /** Defaults everywhere. */
    public static final CallOptions DEFAULT = new CallOptions(null, null, false);
}
