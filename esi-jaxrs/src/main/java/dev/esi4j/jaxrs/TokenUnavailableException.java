package dev.esi4j.jaxrs;

import dev.esi4j.EsiException;

/**
 * Thrown by the interceptor of a token annotation on a CDI bean method (outside a JAX-RS resource, where no
 * browser redirect is possible) when the token cannot be resolved without the user's interaction.
 *
 * @since 0.1
 */
public class TokenUnavailableException extends EsiException {

    private static final long serialVersionUID = 1L;

    /** Why no token could be resolved. */
    public enum Reason {
        /** Nobody is logged in. */
        NOT_LOGGED_IN,
        /** The user has no valid token with the scopes. */
        NO_TOKEN,
        /** The user has tokens of several characters: a selection page is needed. */
        SELECTION_NEEDED,
        /** The annotation always needs SSO ({@code newToken} or single use). */
        SSO_NEEDED
    }

    private final Reason reason;

    /**
     * @param reason  why
     * @param message details (scopes, method)
     */
    public TokenUnavailableException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** @return why no token could be resolved */
    public Reason reason() {
        return reason;
    }
}
