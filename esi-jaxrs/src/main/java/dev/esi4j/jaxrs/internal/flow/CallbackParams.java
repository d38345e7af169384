package dev.esi4j.jaxrs.internal.flow;

/**
 * Query parameters of the SSO callback.
 *
 * @param code             authorization code
 * @param state            OAuth state
 * @param error            SSO error code
 * @param errorDescription SSO error text
 */
public record CallbackParams(String code, String state, String error, String errorDescription) {

    /** Blank values count as absent. */
    public CallbackParams {
        code = blankToNull(code);
        state = blankToNull(state);
        error = blankToNull(error);
        errorDescription = blankToNull(errorDescription);
    }

    /** @return the error and its description for the error page */
    public String errorText() {
        return errorDescription == null ? error : error + ": " + errorDescription;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
