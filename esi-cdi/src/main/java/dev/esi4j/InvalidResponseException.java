package dev.esi4j;

/**
 * ESI answered with a success status but the body is not the JSON the operation promises (truncated, HTML).
 *
 * @since 0.1
 */
public class InvalidResponseException extends EsiException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * @param message what was wrong, with a short body excerpt
     * @param status  HTTP status of the response
     */
    public InvalidResponseException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }
}
