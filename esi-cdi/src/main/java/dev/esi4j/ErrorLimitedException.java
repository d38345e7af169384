package dev.esi4j;

import java.time.Duration;

/**
 * ESI's error limit is exhausted (a 420, or the remaining budget is at the configured threshold in fail-fast
 * mode). No request is sent until {@link #reset()} has passed.
 *
 * @since 0.1
 */
public class ErrorLimitedException extends EsiException {

    private static final long serialVersionUID = 1L;

    private final Duration reset;

    /** @param reset time until the error window resets */
    public ErrorLimitedException(Duration reset) {
        super("ESI error limit reached; calls resume in " + reset.toSeconds() + " s");
        this.reset = reset;
    }

    /** @return time until the error window resets */
    public Duration reset() {
        return reset;
    }
}
