package dev.esi4j.token;

import java.util.Optional;

import dev.esi4j.sso.SsoTokens;

/**
 * Stores, finds, refreshes and deletes tokens on top of a {@link TokenStore} and the {@link dev.esi4j.sso.SsoClient}.
 * In CDI applications inject it ({@code @Inject TokenService tokens}); without CDI build one with
 * {@link #builder()}.
 * <pre>
 * Token token = tokenService.saveLogin(ssoTokens, request.getUserPrincipal().getName());
 * Optional&lt;Token&gt; skills = tokenService.getToken(2147000001L, "esi-skills.read_skills.v1");
 * </pre>
 *
 * @since 0.1
 */
public interface TokenService {

    /** @return a query over all tokens */
    Tokens tokens();

    /**
     * django-esi's {@code Token.get_token}: a valid token of the character with at least the scopes, refreshed when
     * needed.
     *
     * @param characterId EVE character id
     * @param scopes      scope names or space-separated lists
     * @return the newest such valid token, or empty when none (unknown scopes give empty)
     */
    Optional<Token> getToken(long characterId, String... scopes);

    /**
     * @param id token id
     * @return the token, or empty when none has this id
     */
    Optional<Token> findOptionalById(long id);

    /**
     * Stores the tokens of a completed SSO login (MISSION 3.5). A token equivalent to an existing one of the same
     * owner (same character, exactly the same scopes) updates that row instead of adding a duplicate, unless
     * {@code esi.always-create-token} is on; a login without owner (single use) always creates a row. Stored
     * tokens of the same character with another owner hash are deleted and reported by a
     * {@link TokenOwnerChangedEvent} (CASES B16).
     *
     * @param tokens the validated SSO answer
     * @param owner  principal name of the application user, {@code null} for none
     * @return the stored token
     */
    Token saveLogin(SsoTokens tokens, String owner);

    /**
     * Refreshes now, even when the access token has not expired (e.g. ESI said it has). Single-flight: when
     * another caller refreshed the token meanwhile, its result is returned without a second SSO call.
     *
     * @param token a stored token
     * @return the refreshed token
     * @throws TokenInvalidException         refused by the SSO, or the character changed owner
     * @throws TokenExpiredException         the token has no refresh token
     * @throws dev.esi4j.sso.SsoUnavailableException transient SSO failure; the token is kept unchanged
     */
    Token refresh(Token token);

    /**
     * Refreshes the token when it needs it, deleting it when it cannot be refreshed.
     *
     * @param token a stored token
     * @return the valid token, or empty when it was deleted
     * @throws dev.esi4j.sso.SsoUnavailableException transient SSO failure; the token is kept
     */
    Optional<Token> refreshOrDelete(Token token);

    /**
     * Deletes a token, revoking its refresh token at the SSO first when {@code esi.sso.revoke-on-delete} is on
     * (a failed revocation is logged and does not stop the deletion).
     *
     * @param token a stored token
     * @return whether it was deleted ({@code false} when it was already gone)
     */
    boolean delete(Token token);

    /** @return a builder for use without CDI */
    static TokenServiceBuilder builder() {
        return new TokenServiceBuilder();
    }
}
