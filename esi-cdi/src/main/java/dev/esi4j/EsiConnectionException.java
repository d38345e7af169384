package dev.esi4j;

/**
 * ESI could not be reached: connection refused or reset (after the configured retries).
 *
 * @since 0.1
 */
public class EsiConnectionException extends EsiException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what failed
     * @param cause   the I/O failure
     */
    public EsiConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
