package dev.esi4j.sso;

import java.util.Collection;

/**
 * EVE SSO v2 client (MISSION 2). One application-scoped instance, injectable with {@code @Inject SsoClient sso};
 * without CDI create one with {@link SsoClients#create(dev.esi4j.config.EsiConfig)} and share it. Thread-safe.
 *
 * <pre>
 * AuthorizationRequest request = sso.startAuthorization(List.of("esi-wallet.read_character_wallet.v1"));
 * // remember request.state() and request.codeVerifier() in the session, redirect to request.authorizeUrl()
 * SsoTokens tokens = sso.exchangeCode(code, request.codeVerifier());
 * </pre>
 *
 * @since 0.1
 */
public interface SsoClient {

    /**
     * Starts an authorization-code flow: new random state and (when enabled) a PKCE S256 verifier.
     *
     * @param scopes the scopes to request (may be empty for login only)
     * @return the authorize URL and the values to keep until the callback
     */
    AuthorizationRequest startAuthorization(Collection<String> scopes);

    /**
     * Exchanges an authorization code. Never retried once the request may have reached the SSO (codes are single
     * use).
     *
     * @param code         the {@code code} from the callback
     * @param codeVerifier the PKCE verifier of the flow, or {@code null} without PKCE
     * @return the tokens with the validated access-token claims
     * @throws InvalidGrantException         when the SSO refuses the code
     * @throws SsoUnavailableException       when the SSO cannot be reached or answers 5xx/429
     * @throws SsoConfigurationException     when the client credentials are refused
     * @throws JwtValidationException        when the access token fails validation
     * @throws SsoException                  for another OAuth error answer or an unsupported {@code token_type}
     */
    SsoTokens exchangeCode(String code, String codeVerifier);

    /**
     * Refreshes with a refresh token ({@code refresh_token} grant), retrying transient failures as configured and
     * honouring {@code Retry-After}.
     *
     * @param refreshToken the current refresh token
     * @return new tokens; {@link SsoTokens#refreshToken()} is {@code null} when the SSO did not rotate it
     * @throws InvalidGrantException     when the refresh token is revoked or unknown (the token is invalid)
     * @throws SsoUnavailableException   when the SSO stays unreachable, 5xx or 429 (the token must be kept)
     * @throws SsoConfigurationException when the client credentials are refused
     * @throws JwtValidationException    when the new access token fails validation (e.g. a foreign audience)
     * @throws SsoException              for another OAuth error answer; only {@link InvalidGrantException} means
     *                                   the refresh token is dead
     */
    SsoTokens refresh(String refreshToken);

    /**
     * Revokes a refresh token at the SSO.
     *
     * @param refreshToken the refresh token
     * @throws SsoUnavailableException when the SSO cannot be reached
     */
    void revoke(String refreshToken);

    /**
     * Validates an access token (signature by JWKS {@code kid}, issuer, audience, expiry with leeway) and returns
     * its claims.
     *
     * @param accessToken the JWT
     * @return its claims
     * @throws JwtValidationException naming the failed check
     * @throws SsoUnavailableException when the key set cannot be fetched (transient: not a verdict on the token)
     */
    AccessTokenClaims verify(String accessToken);
}
