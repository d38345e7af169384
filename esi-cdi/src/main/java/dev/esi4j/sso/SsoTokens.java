package dev.esi4j.sso;

import java.util.Optional;

/**
 * A token-endpoint answer whose access token has been validated.
 *
 * @param accessToken  the access token (a JWT); never log it
 * @param refreshToken the refresh token, {@code null} when the SSO returned none (auth-only, or a refresh that did
 *                     not rotate it: then keep the old one)
 * @param claims       the validated claims of the access token
 * @since 0.1
 */
public record SsoTokens(String accessToken, String refreshToken, AccessTokenClaims claims) {

    /** @return the refresh token, if the SSO returned one */
    public Optional<String> refreshTokenIfPresent() {
        return Optional.ofNullable(refreshToken);
    }

    @Override
    public String toString() {
        return "SsoTokens[character=" + claims.characterId() + ", expiresAt=" + claims.expiresAt() + "]";
    }
}
