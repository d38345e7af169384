package dev.esi4j;

/**
 * A call's parameters do not match the spec (missing required, wrong type, out of range, not in the enum, unknown
 * name). Thrown before anything is sent.
 *
 * @since 0.1
 */
public class EsiParameterException extends EsiException {

    private static final long serialVersionUID = 1L;

    private final String operationId;
    private final String parameter;

    /**
     * @param operationId the operation
     * @param parameter   the offending parameter ({@code body} for the request body)
     * @param problem     what is wrong
     */
    public EsiParameterException(String operationId, String parameter, String problem) {
        super(operationId + ": parameter '" + parameter + "' " + problem);
        this.operationId = operationId;
        this.parameter = parameter;
    }

    /** @return the operation id */
    public String operationId() {
        return operationId;
    }

    /** @return the parameter name */
    public String parameter() {
        return parameter;
    }
}
