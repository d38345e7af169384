package dev.esi4j.sso;

/**
 * The SSO refused a code or refresh token (invalid_grant): the token is no longer usable.
 *
 * @since 0.1
 */
public class InvalidGrantException extends SsoException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened
     */
    public InvalidGrantException(String message) {
        super(message);
    }

    /**
     * @param message what happened
     * @param cause   the underlying failure
     */
    public InvalidGrantException(String message, Throwable cause) {
        super(message, cause);
    }
}
