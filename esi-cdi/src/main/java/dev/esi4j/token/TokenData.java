package dev.esi4j.token;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * SPI: the stored state of one token, as a {@link TokenStore} reads and writes it (MISSION 3.1).
 *
 * <p>{@code accessToken} and {@code refreshToken} hold the values <em>as stored</em>: when encryption at rest is on
 * (MISSION 3.7) they are ciphertext that carries its key id, and stores persist them unchanged. {@link #toString()}
 * never shows them. Stores must keep both byte-identical, whatever their length (CASES B09).
 *
 * @param id                 the store's id, {@code null} before the first save
 * @param characterId        the EVE character id
 * @param characterName      the character name
 * @param characterOwnerHash the owner hash from the JWT
 * @param tokenType          character or corporation
 * @param owner              principal name of the application user, {@code null} for single-use/orphaned tokens
 * @param scopes             the granted scope names
 * @param accessToken        the access token as stored; never log it
 * @param refreshToken       the refresh token as stored, {@code null} when there is none; never log it
 * @param expiresAt          expiry of the access token, {@code null} when unknown (counts as expired, CASES B05)
 * @param createdAt          first save
 * @param updatedAt          last change
 * @param ssoVersion         EVE SSO version that issued the token (2)
 * @since 0.1
 */
public record TokenData(Long id, long characterId, String characterName, String characterOwnerHash,
        Token.TokenType tokenType, String owner, Set<String> scopes, String accessToken, String refreshToken,
        Instant expiresAt, Instant createdAt, Instant updatedAt, int ssoVersion) {

    /** Current EVE SSO version. */
    public static final int SSO_VERSION = 2;

    /** Checks required values and copies the scopes. */
    public TokenData {
        Objects.requireNonNull(characterName, "characterName");
        Objects.requireNonNull(characterOwnerHash, "characterOwnerHash");
        Objects.requireNonNull(tokenType, "tokenType");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        scopes = Scope.names(scopes);
    }

    /**
     * @param newId the id assigned by the store
     * @return a copy with that id
     */
    public TokenData withId(Long newId) {
        return new TokenData(newId, characterId, characterName, characterOwnerHash, tokenType, owner, scopes,
                accessToken, refreshToken, expiresAt, createdAt, updatedAt, ssoVersion);
    }

    /**
     * @param access  new stored access token
     * @param refresh new stored refresh token (pass the old one to keep it)
     * @param expiry  new expiry
     * @param now     the update time
     * @return a copy with new token values
     */
    public TokenData withTokens(String access, String refresh, Instant expiry, Instant now) {
        return new TokenData(id, characterId, characterName, characterOwnerHash, tokenType, owner, scopes, access,
                refresh, expiry, createdAt, now, ssoVersion);
    }

    /**
     * @param name  the character name (it can change)
     * @param now   the update time
     * @return a copy with the new name
     */
    public TokenData withCharacterName(String name, Instant now) {
        return new TokenData(id, characterId, name, characterOwnerHash, tokenType, owner, scopes, accessToken,
                refreshToken, expiresAt, createdAt, now, ssoVersion);
    }

    /**
     * @param at an instant
     * @param margin seconds before expiry that already count as expired
     * @return whether the access token is expired (or expires within the margin) at that instant
     */
    public boolean expiredAt(Instant at, long margin) {
        return expiresAt == null || !expiresAt.minusSeconds(margin).isAfter(at);
    }

    @Override
    public String toString() {
        return "TokenData[id=" + id + ", characterId=" + characterId + ", characterName=" + characterName
                + ", owner=" + owner + ", scopes=" + scopes + ", expiresAt=" + expiresAt + "]";
    }
}
