package dev.esi4j.jaxrs.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Scope arguments as annotations give them (MISSION 1.2, CASES B22): array elements, each holding one scope or
 * several separated by whitespace. {@link #parse} normalises; {@link #problems} finds what fails the deployment.
 */
public final class ScopeSpecs {

    /** EVE scope names: {@code esi-skills.read_skills.v1}, {@code publicData}. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");

    private ScopeSpecs() {
    }

    /**
     * @param specs scope names and/or whitespace-separated lists; {@code null} or empty means none
     * @return the sorted, unmodifiable set of scope names; order and duplicates do not matter
     */
    public static Set<String> parse(String... specs) {
        return specs == null ? Set.of() : parse(List.of(specs));
    }

    /**
     * @param specs scope names and/or whitespace-separated lists
     * @return the sorted, unmodifiable set of scope names
     */
    public static Set<String> parse(Collection<String> specs) {
        TreeSet<String> names = new TreeSet<>();
        for (String spec : specs) {
            if (spec != null) {
                for (String part : spec.trim().split("\\s+")) {
                    if (!part.isEmpty()) {
                        names.add(part);
                    }
                }
            }
        }
        return Collections.unmodifiableSet(names);
    }

    /**
     * @param specs the annotation's {@code scopes} member
     * @return what is wrong (blank elements, malformed names), empty when all is well
     */
    public static List<String> problems(String[] specs) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < specs.length; i++) {
            String spec = specs[i];
            if (spec == null || spec.isBlank()) {
                problems.add("scopes[" + i + "] is empty; remove it or name a scope");
                continue;
            }
            for (String part : spec.trim().split("\\s+")) {
                if (!NAME.matcher(part).matches()) {
                    problems.add("scopes[" + i + "] contains '" + part + "', which is not a scope name");
                }
            }
        }
        return problems;
    }

    /**
     * @param scopes scope names
     * @return the names joined by one space, as EVE SSO's {@code scope} parameter wants them
     */
    public static String join(Collection<String> scopes) {
        return String.join(" ", new TreeSet<>(scopes));
    }
}
