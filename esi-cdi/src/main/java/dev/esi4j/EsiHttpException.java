package dev.esi4j;

/**
 * ESI answered with an error status (after any retries). Carries the status and a short excerpt of the body
 * (JSON, HTML or text, never more than 200 characters).
 *
 * @since 0.1
 */
public class EsiHttpException extends EsiException {

    private static final long serialVersionUID = 1L;

    private final String operationId;
    private final int status;
    private final String bodyExcerpt;

    /**
     * @param operationId the operation
     * @param status      HTTP status
     * @param bodyExcerpt short body excerpt, possibly empty
     */
    public EsiHttpException(String operationId, int status, String bodyExcerpt) {
        super(operationId + ": HTTP " + status + (bodyExcerpt.isEmpty() ? "" : ": " + bodyExcerpt));
        this.operationId = operationId;
        this.status = status;
        this.bodyExcerpt = bodyExcerpt;
    }

    /** @return the operation id */
    public String operationId() {
        return operationId;
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the start of the error body */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }
}
