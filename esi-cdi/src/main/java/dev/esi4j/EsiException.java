package dev.esi4j;

/**
 * Root of every exception esi4j throws. Messages name the operation, parameter, key or token (by id and
 * character, never by value) involved; tokens and secrets never appear in messages.
 *
 * @since 0.1
 */
public class EsiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong
     */
    public EsiException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong
     * @param cause   the underlying failure
     */
    public EsiException(String message, Throwable cause) {
        super(message, cause);
    }
}
