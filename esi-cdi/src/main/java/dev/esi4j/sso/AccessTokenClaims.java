package dev.esi4j.sso;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import dev.esi4j.token.Token;

/**
 * The validated claims of an EVE SSO v2 access token (MISSION 2.4).
 *
 * @param characterId   from {@code sub} {@code CHARACTER:EVE:<id>}
 * @param characterName from {@code name}
 * @param ownerHash     from {@code owner}
 * @param scopes        from {@code scp} (string or array in the JWT)
 * @param tokenType     character or corporation
 * @param issuer        {@code iss}
 * @param audience      {@code aud}
 * @param authorizedParty {@code azp} (the client id)
 * @param issuedAt      {@code iat}
 * @param expiresAt     {@code exp}
 * @since 0.1
 */
public record AccessTokenClaims(long characterId, String characterName, String ownerHash, Set<String> scopes,
        Token.TokenType tokenType, String issuer, List<String> audience, String authorizedParty, Instant issuedAt,
        Instant expiresAt) {

    /** Copies collections. */
    public AccessTokenClaims {
        scopes = Set.copyOf(scopes);
        audience = List.copyOf(audience);
    }
}
