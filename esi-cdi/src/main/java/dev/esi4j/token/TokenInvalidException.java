package dev.esi4j.token;

/**
 * The token was revoked, its refresh was refused (invalid_grant) or its character changed account; it must be deleted.
 *
 * @since 0.1
 */
public class TokenInvalidException extends TokenException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened, naming the token by id and character (never its value)
     */
    public TokenInvalidException(String message) {
        super(message);
    }

    /**
     * @param message what happened
     * @param cause   the underlying failure
     */
    public TokenInvalidException(String message, Throwable cause) {
        super(message, cause);
    }
}
