package dev.esi4j.sso;

/**
 * An access token failed validation; the message names the failed check (never the token).
 *
 * @since 0.1
 */
public class JwtValidationException extends SsoException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened
     */
    public JwtValidationException(String message) {
        super(message);
    }

    /**
     * @param message what happened
     * @param cause   the underlying failure
     */
    public JwtValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
