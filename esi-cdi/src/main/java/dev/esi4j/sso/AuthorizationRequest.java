package dev.esi4j.sso;

import java.net.URI;
import java.util.Optional;
import java.util.Set;

/**
 * A started authorization-code flow: where to send the browser and what to remember until the callback.
 *
 * @param authorizeUrl the SSO authorize URL with {@code response_type}, {@code client_id}, {@code redirect_uri},
 *                     {@code scope}, {@code state} and (with PKCE) {@code code_challenge}
 * @param state        the random state value (at least 128 bits), to bind to the browser session
 * @param codeVerifier the PKCE verifier, {@code null} when PKCE is off; keep it server side
 * @param scopes       the requested scopes
 * @since 0.1
 */
public record AuthorizationRequest(URI authorizeUrl, String state, String codeVerifier, Set<String> scopes) {

    /** Copies the scopes. */
    public AuthorizationRequest {
        scopes = Set.copyOf(scopes);
    }

    /** @return the PKCE verifier, if PKCE is on */
    public Optional<String> codeVerifierIfPresent() {
        return Optional.ofNullable(codeVerifier);
    }

    @Override
    public String toString() {
        return "AuthorizationRequest[scopes=" + scopes + "]";
    }
}
