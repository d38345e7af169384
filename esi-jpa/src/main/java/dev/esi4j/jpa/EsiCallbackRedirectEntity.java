package dev.esi4j.jpa;

import java.time.LocalDateTime;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * JPA entity of a pending SSO flow ({@code esi_callback_redirect}), see {@link dev.esi4j.token.CallbackRedirect}.
 * {@link #toString()} hides the state and the PKCE verifier.
 *
 * @since 0.1
 */
@Entity(name = "EsiCallbackRedirect")
@Table(name = "esi_callback_redirect", indexes = {
        @Index(name = "esi_callback_redirect_session_idx", columnList = "session_id"),
        @Index(name = "esi_callback_redirect_created_idx", columnList = "created_at")})
@Cacheable(false)
public class EsiCallbackRedirectEntity {

    @Id
    @Column(name = "state", length = 128, nullable = false)
    private String state;

    @Column(name = "session_id", length = 255, nullable = false)
    private String sessionId;

    @Column(name = "code_verifier", length = 128)
    private String codeVerifier;

    @Column(name = "http_method", length = 16, nullable = false)
    private String method;

    @Column(name = "path", length = 1_000_000, nullable = false)
    private String path;

    @Column(name = "query_string", length = 1_000_000)
    private String query;

    @Column(name = "scopes", length = 1_000_000, nullable = false)
    private String scopes;

    @Column(name = "new_token", nullable = false)
    private boolean newToken;

    @Column(name = "single_use", nullable = false)
    private boolean singleUse;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    /** For JPA and the store. */
    public EsiCallbackRedirectEntity() {
    }

    /** @return the state value (key) */
    public String getState() { return state; }
    /** @param value state value */
    public void setState(String value) { state = value; }
    /** @return session id */
    public String getSessionId() { return sessionId; }
    /** @param value session id */
    public void setSessionId(String value) { sessionId = value; }
    /** @return PKCE verifier or {@code null} */
    public String getCodeVerifier() { return codeVerifier; }
    /** @param value PKCE verifier */
    public void setCodeVerifier(String value) { codeVerifier = value; }
    /** @return HTTP method to resume */
    public String getMethod() { return method; }
    /** @param value HTTP method */
    public void setMethod(String value) { method = value; }
    /** @return local path to resume */
    public String getPath() { return path; }
    /** @param value local path */
    public void setPath(String value) { path = value; }
    /** @return raw query or {@code null} */
    public String getQuery() { return query; }
    /** @param value raw query */
    public void setQuery(String value) { query = value; }
    /** @return space-separated scope names */
    public String getScopes() { return scopes; }
    /** @param value space-separated scope names */
    public void setScopes(String value) { scopes = value; }
    /** @return whether a new token was requested */
    public boolean isNewToken() { return newToken; }
    /** @param value whether a new token was requested */
    public void setNewToken(boolean value) { newToken = value; }
    /** @return whether the token is single use */
    public boolean isSingleUse() { return singleUse; }
    /** @param value whether the token is single use */
    public void setSingleUse(boolean value) { singleUse = value; }
    /** @return creation time (UTC) */
    public LocalDateTime getCreatedAt() { return createdAt; }
    /** @param value creation time (UTC) */
    public void setCreatedAt(LocalDateTime value) { createdAt = value; }

    @Override
    public String toString() {
        return "EsiCallbackRedirect[method=" + method + ", path=" + path + ", createdAt=" + createdAt + "]";
    }
}
