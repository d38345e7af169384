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
 * The annotated JAX-RS resource method (or every resource method of the annotated class) receives all valid tokens
 * of the logged-in user that have all {@link #scopes()} (MISSION 1.4, django-esi's {@code @tokens_required}). There
 * is no selection page: when the user has none (or with {@link #newToken()}) the browser goes through EVE SSO and
 * comes back to the same method, path and query; without a logged-in user the application's login comes first.
 *
 * <pre>
 * &#64;GET
 * &#64;Path("characters")
 * &#64;TokensRequired(scopes = {"esi-skills.read_skills.v1", "esi-wallet.read_character_wallet.v1"})
 * public List&lt;String&gt; characters(&#64;Context CurrentTokens tokens) { // or &#64;Inject CurrentTokens
 *     return tokens.list().stream().map(Token::characterName).toList();
 * }
 * </pre>
 *
 * <p>Trade-off: every listed token has been checked as valid (refreshed when needed) before the method runs, which
 * costs one SSO refresh per expired token; filter the list further in the method when only some are needed.
 *
 * @since 0.1
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface TokensRequired {

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
    final class Literal extends AnnotationLiteral<TokensRequired> implements TokensRequired {

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
