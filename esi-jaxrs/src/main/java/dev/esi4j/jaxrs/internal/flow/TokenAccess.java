package dev.esi4j.jaxrs.internal.flow;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.esi4j.sso.SsoTokens;
import dev.esi4j.token.Token;

/** Port to the token SPI: what the flows need from the token service. */
public interface TokenAccess {

    /**
     * @param owner  principal name
     * @param scopes required scopes (at least all)
     * @return the owner's valid tokens with the scopes (expired ones refreshed), newest first
     */
    List<Token> validTokens(String owner, Set<String> scopes);

    /**
     * @param token a stored token
     * @return the token refreshed when needed, empty when it is not usable
     */
    Optional<Token> validated(Token token);

    /**
     * @param id token id
     * @return the token, empty when unknown
     */
    Optional<Token> findById(long id);

    /**
     * @param tokens a completed SSO login
     * @param owner  principal name, {@code null} for none
     * @return the stored (created or updated) token
     */
    Token saveLogin(SsoTokens tokens, String owner);

    /**
     * @param token a stored token
     */
    void delete(Token token);
}
