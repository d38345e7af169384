package dev.esi4j.token;

/**
 * The token has no refresh token, so it cannot be refreshed.
 *
 * @since 0.1
 */
public class NotRefreshableTokenException extends TokenException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened, naming the token by id and character (never its value)
     */
    public NotRefreshableTokenException(String message) {
        super(message);
    }

    /**
     * @param message what happened
     * @param cause   the underlying failure
     */
    public NotRefreshableTokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
