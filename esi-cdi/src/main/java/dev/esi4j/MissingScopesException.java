package dev.esi4j;

import java.util.Set;
import java.util.TreeSet;

/**
 * The operation needs SSO scopes that the call's token lacks (or the call has no token). Thrown before sending.
 *
 * @since 0.1
 */
public class MissingScopesException extends EsiException {

    private static final long serialVersionUID = 1L;

    private final String operationId;
    private final Set<String> missing;

    /**
     * @param operationId the operation
     * @param missing     scopes the token lacks
     * @param noToken     whether the call had no token at all
     */
    public MissingScopesException(String operationId, Set<String> missing, boolean noToken) {
        super(operationId + (noToken ? ": needs a token with scopes " : ": token lacks scopes ")
                + new TreeSet<>(missing));
        this.operationId = operationId;
        this.missing = Set.copyOf(missing);
    }

    /** @return the operation id */
    public String operationId() {
        return operationId;
    }

    /** @return the missing scopes */
    public Set<String> missing() {
        return missing;
    }
}
