package dev.esi4j.config;

/**
 * What a call does when an ESI error-limit or rate-limit budget is exhausted.
 *
 * @since 0.1
 */
public enum LimitMode {
    /** Wait until the budget resets, then send. */
    WAIT,
    /** Fail at once with an exception saying when the budget resets. */
    FAIL
}
