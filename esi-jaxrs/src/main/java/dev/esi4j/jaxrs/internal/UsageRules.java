package dev.esi4j.jaxrs.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.esi4j.jaxrs.SingleUseToken;
import dev.esi4j.jaxrs.TokenRequired;
import dev.esi4j.jaxrs.TokensRequired;

/**
 * Deployment-time misuse rules for the token annotations (CONVENTIONS 8). Each problem is one coded message:
 * <ul>
 * <li>ESI20001: two token annotations on one method or class;</li>
 * <li>ESI20002: an empty or malformed scope;</li>
 * <li>ESI20003: an annotated method a CDI interceptor cannot reach (static, private or final);</li>
 * <li>ESI20004: an annotated final class (no interception proxy possible).</li>
 * </ul>
 */
public final class UsageRules {

    private UsageRules() {
    }

    /**
     * @param type          a bean or resource class
     * @param interceptable whether it is a CDI bean whose methods must be interceptable
     * @return the problems, empty when the class uses the annotations correctly
     */
    public static List<String> check(Class<?> type, boolean interceptable) {
        List<String> problems = new ArrayList<>(checkElement(type, type.getName()));
        boolean anyOnMethods = false;
        for (Method method : type.getDeclaredMethods()) {
            if (method.isSynthetic() || annotations(method).isEmpty()) {
                continue;
            }
            anyOnMethods = true;
            String where = type.getName() + "#" + method.getName() + "()";
            problems.addAll(checkElement(method, where));
            int mods = method.getModifiers();
            if (interceptable && (Modifier.isStatic(mods) || Modifier.isPrivate(mods) || Modifier.isFinal(mods))) {
                problems.add("ESI20003: " + where + " is static, private or final, so its token annotation cannot be"
                        + " enforced; make it a non-final instance method");
            }
        }
        boolean annotated = anyOnMethods || !annotations(type).isEmpty();
        if (interceptable && annotated && Modifier.isFinal(type.getModifiers())) {
            problems.add("ESI20004: " + type.getName() + " is final, so its token annotations cannot be enforced by"
                    + " an interceptor; remove 'final'");
        }
        return problems;
    }

    /**
     * @param type a class
     * @return whether the class or one of its declared methods carries a token annotation
     */
    public static boolean uses(Class<?> type) {
        if (!annotations(type).isEmpty()) {
            return true;
        }
        for (Method method : type.getDeclaredMethods()) {
            if (!annotations(method).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> checkElement(AnnotatedElement element, String where) {
        List<String> problems = new ArrayList<>();
        List<Annotation> present = annotations(element);
        if (present.size() > 1) {
            problems.add("ESI20001: " + where + " has " + names(present) + "; use exactly one of @TokenRequired,"
                    + " @TokensRequired and @SingleUseToken");
        }
        for (Annotation annotation : present) {
            for (String problem : ScopeSpecs.problems(scopes(annotation))) {
                problems.add("ESI20002: " + where + " @" + annotation.annotationType().getSimpleName() + ": "
                        + problem);
            }
        }
        return problems;
    }

    private static List<Annotation> annotations(AnnotatedElement element) {
        List<Annotation> present = new ArrayList<>(1);
        for (Class<? extends Annotation> kind : List.of(TokenRequired.class, TokensRequired.class,
                SingleUseToken.class)) {
            Annotation annotation = element instanceof Class<?> c ? c.getDeclaredAnnotation(kind)
                    : element.getAnnotation(kind);
            if (annotation != null) {
                present.add(annotation);
            }
        }
        return present;
    }

    private static String[] scopes(Annotation annotation) {
        if (annotation instanceof TokenRequired a) {
            return a.scopes();
        }
        if (annotation instanceof TokensRequired a) {
            return a.scopes();
        }
        return ((SingleUseToken) annotation).scopes();
    }

    private static String names(List<Annotation> annotations) {
        return annotations.stream().map(a -> "@" + a.annotationType().getSimpleName())
                .collect(Collectors.joining(" and "));
    }
}
