package dev.esi4j.token;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * SPI: the state of one pending SSO authorization flow, stored between the redirect to EVE SSO and the callback
 * (MISSION 2.2). Several may be pending for one session (browser tabs). {@link #toString()} hides the state value
 * and the PKCE verifier.
 *
 * @param state        the random {@code state} parameter (unique key)
 * @param sessionId    the HTTP session the flow is bound to
 * @param codeVerifier the PKCE verifier, {@code null} without PKCE
 * @param method       HTTP method of the request to resume ({@code GET}, ...)
 * @param path         local path of the request to resume (no scheme or host)
 * @param query        its raw query string, percent-encoding preserved, {@code null} when none (any length, B19)
 * @param scopes       the requested scopes
 * @param newToken     whether the flow was started to add a new token ({@code newToken = true})
 * @param singleUse    whether the token serves one request only and is not linked to a user
 * @param createdAt    when the flow started (cleanup removes old ones)
 * @since 0.1
 */
public record CallbackRedirect(String state, String sessionId, String codeVerifier, String method, String path,
        String query, Set<String> scopes, boolean newToken, boolean singleUse, Instant createdAt) {

    /** Checks required values. */
    public CallbackRedirect {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(createdAt, "createdAt");
        scopes = Scope.names(scopes);
    }

    @Override
    public String toString() {
        return "CallbackRedirect[method=" + method + ", path=" + path + ", scopes=" + scopes + ", newToken="
                + newToken + ", singleUse=" + singleUse + ", createdAt=" + createdAt + "]";
    }
}
