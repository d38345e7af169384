package dev.esi4j.simulator.internal.sso;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Authorization codes (single use, 5 minutes) and refresh tokens (rotated on every use). Thread-safe. */
public final class GrantStore {

    private static final long CODE_LIFETIME_SECONDS = 300;

    /**
     * A pending code.
     *
     * @param clientId      client it was issued to
     * @param characterId   approved character
     * @param scopes        approved scopes
     * @param redirectUri   redirect URI of the authorize request
     * @param codeChallenge PKCE S256 challenge or {@code null}
     * @param expires       expiry
     */
    public record Code(String clientId, long characterId, List<String> scopes, String redirectUri,
                       String codeChallenge, Instant expires) {
    }

    /**
     * A live refresh token.
     *
     * @param clientId    client
     * @param characterId character
     * @param scopes      scopes
     */
    public record Grant(String clientId, long characterId, List<String> scopes) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();

    /** @param clock time source */
    public GrantStore(Clock clock) {
        this.clock = clock;
    }

    /** @return a new code */
    public String newCode(String clientId, long characterId, List<String> scopes, String redirectUri,
                          String challenge) {
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(16));
        codes.put(code, new Code(clientId, characterId, scopes, redirectUri, challenge,
                clock.instant().plusSeconds(CODE_LIFETIME_SECONDS)));
        return code;
    }

    /** @return the code's data (removing it: codes are single use), or {@code null} if unknown/expired */
    public Code redeem(String code) {
        Code c = code == null ? null : codes.remove(code);
        return c == null || c.expires().isBefore(clock.instant()) ? null : c;
    }

    /** @return a new refresh token for the grant */
    public String newRefreshToken(Grant grant) {
        String token = Base64.getEncoder().encodeToString(randomBytes(16));
        refreshTokens.put(token, grant);
        return token;
    }

    /** @return the grant of the token (removing the token: rotation), or {@code null} */
    public Grant rotate(String refreshToken) {
        return refreshToken == null ? null : refreshTokens.remove(refreshToken);
    }

    /** Revokes one refresh token. */
    public void revoke(String refreshToken) {
        refreshTokens.remove(refreshToken);
    }

    /** Revokes every refresh token of a character. */
    public void revokeCharacter(long characterId) {
        refreshTokens.values().removeIf(g -> g.characterId() == characterId);
    }

    private byte[] randomBytes(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return b;
    }
}
