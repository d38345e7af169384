package dev.esi4j;

/**
 * A connect or read timeout expired (after the configured retries).
 *
 * @since 0.1
 */
public class EsiTimeoutException extends EsiConnectionException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what timed out
     * @param cause   the timeout
     */
    public EsiTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
