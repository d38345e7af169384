package dev.esi4j.jaxrs;

import java.util.List;

import dev.esi4j.token.Token;

/**
 * The tokens resolved for the current request by {@link TokensRequired} (all valid tokens of the user with the
 * scopes), or the one token of {@link TokenRequired} / {@link SingleUseToken}. Request scoped and never
 * {@code null}.
 *
 * <pre>
 * &#64;Inject CurrentTokens tokens;
 *
 * &#64;GET &#64;TokensRequired(scopes = "esi-wallet.read_character_wallet.v1")
 * public List&lt;Long&gt; ids() {
 *     return tokens.list().stream().map(Token::characterId).toList();
 * }
 * </pre>
 *
 * @since 0.1
 */
public interface CurrentTokens {

    /**
     * @return the tokens of this request, newest first; an empty list when the request is not guarded
     * @since 0.1
     */
    List<Token> list();
}
