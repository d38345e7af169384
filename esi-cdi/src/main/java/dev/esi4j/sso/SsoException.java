package dev.esi4j.sso;

import dev.esi4j.EsiException;

/**
 * An EVE SSO operation failed.
 *
 * @since 0.1
 */
public class SsoException extends EsiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened
     */
    public SsoException(String message) {
        super(message);
    }

    /**
     * @param message what happened
     * @param cause   the underlying failure
     */
    public SsoException(String message, Throwable cause) {
        super(message, cause);
    }
}
