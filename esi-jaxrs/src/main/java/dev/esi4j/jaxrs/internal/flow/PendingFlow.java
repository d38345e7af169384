package dev.esi4j.jaxrs.internal.flow;

import java.time.Instant;
import java.util.Set;

import dev.esi4j.jaxrs.internal.web.ReturnTarget;

/**
 * One started SSO flow waiting for its callback (step 1).
 *
 * @param state        the OAuth state
 * @param binding      the browser-session binding key
 * @param codeVerifier PKCE verifier, {@code null} without PKCE
 * @param target       where to return
 * @param scopes       requested scopes
 * @param newToken     started to obtain a new token
 * @param singleUse    the token serves one request and belongs to no user
 * @param createdAt    start time
 */
public record PendingFlow(String state, String binding, String codeVerifier, ReturnTarget target, Set<String> scopes,
        boolean newToken, boolean singleUse, Instant createdAt) {

    /** Copies. */
    public PendingFlow {
        scopes = Set.copyOf(scopes);
    }

    @Override
    public String toString() {
        return "PendingFlow[" + target + ", scopes=" + scopes + ", singleUse=" + singleUse + "]";
    }
}
