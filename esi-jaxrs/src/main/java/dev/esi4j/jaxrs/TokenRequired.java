package dev.esi4j.jaxrs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

/**
 * The annotated JAX-RS resource method (or every resource method of the annotated class) receives one valid token
 * of the logged-in user that has all {@link #scopes()} (MISSION 1.1, django-esi's {@code @token_required}).
 *
 * <ul>
 * <li>exactly one such token: the method runs with it;</li>
 * <li>several: the user picks one on the token-selection page, then the same URL runs again with it;</li>
 * <li>none, or {@link #newToken()}: the browser goes through EVE SSO and comes back to the same method, path and
 * query with the new token;</li>
 * <li>no logged-in user (and not {@code newToken}): the application's Jakarta Security login is triggered first.</li>
 * </ul>
 *
 * <pre>
 * &#64;Path("wallet")
 * public class WalletResource {
 *     &#64;Inject CurrentToken current;
 *
 *     &#64;GET
 *     &#64;TokenRequired(scopes = "esi-wallet.read_character_wallet.v1")
 *     public String balance() {
 *         Token token = current.get();
 *         return esi.call("get_characters_character_id_wallet", Map.of("character_id", token.characterId()), token)...;
 *     }
 * }
 * </pre>
 *
 * <p>Enforced by a JAX-RS filter for resource methods and by a CDI interceptor for other CDI beans (called from a
 * request that has a user and, for SSO, a browser); never twice in one request. A method-level annotation replaces
 * the class-level one. Trade-off: the selection page and SSO need browser navigation, so use it on HTML or
 * browser-facing GET resources; an API client gets redirects it cannot follow.
 *
 * @since 0.1
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TokenRequired {

    /**
     * Required scopes: array elements and/or space-separated lists, mixed freely ({@code {"a", "b"}} equals
     * {@code "a b"}). Empty: any token of the user. Blank elements fail the deployment.
     *
     * @return the scopes
     * @since 0.1
     */
    @Nonbinding
    String[] scopes() default {};

    /**
     * Always go through EVE SSO for a new token, even when the user has one (adding a character, logging in).
     *
     * @return whether to always request a new token
     * @since 0.1
     */
    @Nonbinding
    boolean newToken() default false;

    /**
     * Literal for programmatic use ({@code Literal.INSTANCE} has no scopes).
     *
     * @since 0.1
     */
    final class Literal extends AnnotationLiteral<TokenRequired> implements TokenRequired {

        /** The literal without scopes and without {@code newToken}. */
        public static final Literal INSTANCE = new Literal(new String[0], false);

        private static final long serialVersionUID = 1L;

        private final String[] scopes;
        private final boolean newToken;

        private Literal(String[] scopes, boolean newToken) {
            this.scopes = scopes.clone();
            this.newToken = newToken;
        }

        /**
         * @param newToken whether to always request a new token
         * @param scopes   the scopes
         * @return a literal with these values
         */
        public static Literal of(boolean newToken, String... scopes) {
            return new Literal(scopes, newToken);
        }

        @Override
        public String[] scopes() {
            return scopes.clone();
        }

        @Override
        public boolean newToken() {
            return newToken;
        }
    }
}
