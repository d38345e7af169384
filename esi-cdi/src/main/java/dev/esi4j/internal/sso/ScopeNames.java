package dev.esi4j.internal.sso;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Scope normalisation shared by the authorize URL and the JWT {@code scp} claim (B15, B22). */
public final class ScopeNames {

    /** RFC 6749 section 3.3 scope-token characters. */
    private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ScopeNames() {
    }

    /**
     * @param scopes scope names; an element may hold several separated by spaces; {@code null} means none
     * @return the distinct scopes, sorted
     * @throws IllegalArgumentException for a character not allowed in a scope
     */
    public static Set<String> normalize(Collection<String> scopes) {
        if (scopes == null) {
            return Set.of();
        }
        Set<String> result = new TreeSet<>();
        for (String element : scopes) {
            if (element == null) {
                continue;
            }
            for (String scope : SPACES.split(element.trim())) {
                if (scope.isEmpty()) {
                    continue;
                }
                if (!SCOPE_TOKEN.matcher(scope).matches()) {
                    throw new IllegalArgumentException("not a valid scope name: " + SsoFailures.sanitize(scope));
                }
                result.add(scope);
            }
        }
        return Collections.unmodifiableSet(result);
    }
}
