package dev.esi4j.token;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * An EVE SSO token of one character: what the ESI client needs to make authenticated calls, and what the token
 * store persists (MISSION 3.1).
 *
 * <p>{@link #toString()} of every implementation shows ids and the character, never token values.
 *
 * @since 0.1
 */
public interface Token {

    /** @return the store's id of this token, empty before it is stored */
    Optional<Long> id();

    /** @return the EVE character id (from the JWT {@code sub}) */
    long characterId();

    /** @return the character name (from the JWT {@code name}) */
    String characterName();

    /** @return the owner hash (from the JWT {@code owner}); changes when the character changes account */
    String characterOwnerHash();

    /** @return the scopes this token grants */
    Set<String> scopes();

    /** @return {@code character} or {@code corporation} */
    TokenType tokenType();

    /** @return the principal name of the application user owning the token, empty for single-use/orphaned tokens */
    Optional<String> owner();

    /** @return when the current access token expires (JWT {@code exp}) */
    Instant expiresAt();

    /** @return when the token was first stored */
    Instant createdAt();

    /** @return when the token was last changed */
    Instant updatedAt();

    /** @return whether a refresh token is present (auth-only logins have none) */
    boolean canRefresh();

    /**
     * Returns an access token that is valid for at least the configured refresh margin, refreshing it first when
     * it has expired or is about to (single-flight: concurrent callers cause one SSO refresh).
     *
     * @return the access token value; never log it
     * @throws TokenException when the token cannot be refreshed ({@link TokenInvalidException} for a revoked
     *                        or transferred token, {@link TokenExpiredException} without refresh token)
     */
    String validAccessToken();

    /** Kind of EVE SSO token. */
    enum TokenType {
        /** Token of a character. */
        CHARACTER,
        /** Token of a corporation (rare). */
        CORPORATION
    }
}
