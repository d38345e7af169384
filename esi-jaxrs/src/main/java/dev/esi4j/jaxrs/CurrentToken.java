package dev.esi4j.jaxrs;

import java.util.Optional;

import dev.esi4j.token.Token;

/**
 * The token resolved for the current request by {@link TokenRequired} or {@link SingleUseToken}. Request scoped and
 * never {@code null}: inject it anywhere in the request's call chain.
 *
 * <pre>
 * &#64;Inject CurrentToken current;            // CDI: any runtime
 *
 * &#64;GET &#64;TokenRequired(scopes = "esi-skills.read_skills.v1")
 * public String skills() {
 *     Token token = current.get();
 *     ...
 * }
 *
 * &#64;GET &#64;TokenRequired(scopes = "esi-skills.read_skills.v1")
 * public String skills(&#64;Context CurrentToken token) { ... }   // resource-method parameter: RESTEasy (WildFly)
 * </pre>
 *
 * @since 0.1
 */
public interface CurrentToken {

    /**
     * @return the token of this request, empty when the request is not guarded by a token annotation
     * @since 0.1
     */
    Optional<Token> token();

    /**
     * @return the token of this request
     * @throws IllegalStateException when the request is not guarded by {@link TokenRequired} or
     *                               {@link SingleUseToken}
     * @since 0.1
     */
    default Token get() {
        return token().orElseThrow(() -> new IllegalStateException(
                "ESI20090: no token for this request; annotate the method with @TokenRequired or @SingleUseToken"));
    }

    /**
     * @return whether a token was resolved for this request
     * @since 0.1
     */
    default boolean isPresent() {
        return token().isPresent();
    }
}
