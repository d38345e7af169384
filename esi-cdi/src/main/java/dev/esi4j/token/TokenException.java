package dev.esi4j.token;

import dev.esi4j.EsiException;

/**
 * A token cannot be used.
 *
 * @since 0.1
 */
public class TokenException extends EsiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what happened, naming the token by id and character (never its value)
     */
    public TokenException(String message) {
        super(message);
    }

    /**
     * @param message what happened
     * @param cause   the underlying failure
     */
    public TokenException(String message, Throwable cause) {
        super(message, cause);
    }
}
