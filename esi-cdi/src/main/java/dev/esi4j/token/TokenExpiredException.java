package dev.esi4j.token;

/**
 * The access token expired and cannot be refreshed (no refresh token).
 *
 * @since 0.1
 */
public class TokenExpiredException extends TokenException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened, naming the token by id and character (never its value)
     */
    public TokenExpiredException(String message) {
        super(message);
    }

    /**
     * @param message what happened
     * @param cause   the underlying failure
     */
    public TokenExpiredException(String message, Throwable cause) {
        super(message, cause);
    }
}
