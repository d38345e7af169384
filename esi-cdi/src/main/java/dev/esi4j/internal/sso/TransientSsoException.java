package dev.esi4j.internal.sso;

import java.time.Duration;

import dev.esi4j.sso.SsoUnavailableException;

/**
 * An {@link SsoUnavailableException} that may succeed when repeated: 429, 5xx, connection failure or timeout.
 * Refreshes and revocations retry it; code exchanges never do.
 */
public class TransientSsoException extends SsoUnavailableException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message    what happened
     * @param retryAfter the SSO's {@code Retry-After}, or {@code null}
     * @param cause      the underlying failure, or {@code null}
     */
    public TransientSsoException(String message, Duration retryAfter, Throwable cause) {
        super(message, retryAfter, cause);
    }
}
