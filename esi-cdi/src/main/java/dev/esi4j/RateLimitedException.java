package dev.esi4j;

import java.time.Duration;

/**
 * A rate-limit bucket is empty (a 429, or the local budget in fail-fast mode).
 *
 * @since 0.1
 */
public class RateLimitedException extends EsiException {

    private static final long serialVersionUID = 1L;

    private final String group;
    private final Duration retryAfter;

    /**
     * @param group      the rate-limit group, {@code unknown} when ESI named none
     * @param retryAfter when the call may be retried
     */
    public RateLimitedException(String group, Duration retryAfter) {
        super("ESI rate limit of group " + group + " reached; retry after " + retryAfter.toMillis() + " ms");
        this.group = group;
        this.retryAfter = retryAfter;
    }

    /** @return the rate-limit group */
    public String group() {
        return group;
    }

    /** @return the wait before a retry */
    public Duration retryAfter() {
        return retryAfter;
    }
}
