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
 * The annotated JAX-RS resource method receives a token obtained by EVE SSO for this one request only (MISSION
 * 1.5, django-esi's {@code @single_use_token}). No logged-in user is needed; the token is linked to no user and is
 * deleted once the request has been answered.
 *
 * <pre>
 * &#64;GET
 * &#64;Path("lookup")
 * &#64;SingleUseToken(scopes = "esi-skills.read_skills.v1")
 * public String skills(&#64;Context CurrentToken token) { // or: &#64;Inject CurrentToken in the resource
 *     return "Skill points of " + token.get().characterName();
 * }
 * </pre>
 *
 * <p>Every request goes through SSO (there is nothing to reuse). Trade-off: the token exists in the store between
 * the SSO callback and the end of the resumed request; the token cleanup removes user-less tokens left behind by
 * abandoned flows.
 *
 * @since 0.1
 */
@InterceptorBinding
@Inherited
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SingleUseToken {

    /**
     * Required scopes: array elements and/or space-separated lists, mixed freely. Blank elements fail the
     * deployment.
     *
     * @return the scopes
     * @since 0.1
     */
    @Nonbinding
    String[] scopes() default {};

    /**
     * Literal for programmatic use ({@code Literal.INSTANCE} has no scopes).
     *
     * @since 0.1
     */
    final class Literal extends AnnotationLiteral<SingleUseToken> implements SingleUseToken {

        /** The literal without scopes. */
        public static final Literal INSTANCE = new Literal(new String[0]);

        private static final long serialVersionUID = 1L;

        private final String[] scopes;

        private Literal(String[] scopes) {
            this.scopes = scopes.clone();
        }

        /**
         * @param scopes the scopes
         * @return a literal with these scopes
         */
        public static Literal of(String... scopes) {
            return new Literal(scopes);
        }

        @Override
        public String[] scopes() {
            return scopes.clone();
        }
    }
}
