package dev.esi4j.sso;

import java.time.Duration;
import java.util.Optional;

/**
 * The SSO could not be reached, timed out, or answered 5xx or 429. Transient: tokens must be kept.
 *
 * @since 0.1
 */
public class SsoUnavailableException extends SsoException {

    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    /**
     * @param message    what happened (status, short body excerpt)
     * @param retryAfter the SSO's {@code Retry-After}, or {@code null}
     * @param cause      the underlying failure, or {@code null}
     */
    public SsoUnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** @return how long the SSO asked to wait, if it said */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
