package dev.esi4j.jaxrs.internal;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.esi4j.jaxrs.SingleUseToken;
import dev.esi4j.jaxrs.TokenRequired;
import dev.esi4j.jaxrs.TokensRequired;

/**
 * What one resource method requires, read from its annotations (method first, then class).
 *
 * @param kind     which annotation
 * @param scopes   the normalised scopes
 * @param newToken whether SSO is always required
 */
public record TokenRequirement(Kind kind, Set<String> scopes, boolean newToken) {

    /** The three annotations. */
    public enum Kind {
        /** {@link TokenRequired}: one token of the user. */
        TOKEN,
        /** {@link TokensRequired}: all tokens of the user. */
        TOKENS,
        /** {@link SingleUseToken}: one token for one request, no user. */
        SINGLE_USE
    }

    /** Copies the scopes. */
    public TokenRequirement {
        scopes = Set.copyOf(scopes);
    }

    /** @return whether a logged-in user is needed before SSO or token lookup */
    public boolean needsUser() {
        return kind != Kind.SINGLE_USE && !newToken;
    }

    /** @return whether the flow always goes through SSO */
    public boolean alwaysSso() {
        return kind == Kind.SINGLE_USE || newToken;
    }

    /**
     * @param method        the resource method (may be {@code null})
     * @param resourceClass the class it is invoked on
     * @return the requirement: the method's annotation when it has one, else the class's; empty when neither has
     */
    public static Optional<TokenRequirement> of(Method method, Class<?> resourceClass) {
        Optional<TokenRequirement> onMethod = method == null ? Optional.empty() : on(method);
        return onMethod.isPresent() ? onMethod : on(resourceClass);
    }

    /**
     * @param element a class or method
     * @return its requirement; the first of several (misuse is reported by {@link UsageRules})
     */
    public static Optional<TokenRequirement> on(AnnotatedElement element) {
        List<TokenRequirement> all = all(element);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /**
     * @param element a class or method
     * @return one requirement per token annotation present on it
     */
    public static List<TokenRequirement> all(AnnotatedElement element) {
        List<TokenRequirement> all = new ArrayList<>(1);
        TokenRequired one = element.getAnnotation(TokenRequired.class);
        if (one != null) {
            all.add(new TokenRequirement(Kind.TOKEN, ScopeSpecs.parse(one.scopes()), one.newToken()));
        }
        TokensRequired many = element.getAnnotation(TokensRequired.class);
        if (many != null) {
            all.add(new TokenRequirement(Kind.TOKENS, ScopeSpecs.parse(many.scopes()), many.newToken()));
        }
        SingleUseToken single = element.getAnnotation(SingleUseToken.class);
        if (single != null) {
            all.add(new TokenRequirement(Kind.SINGLE_USE, ScopeSpecs.parse(single.scopes()), true));
        }
        return all;
    }
}
