package dev.esi4j.token;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An EVE SSO scope (MISSION 3.2): a unique name such as {@code esi-skills.read_skills.v1} and a help text.
 * Scopes seen in a JWT that the store does not know yet are created on the fly with an empty help text.
 *
 * <p>{@link #names(String...)} is the one place where scope arguments are normalised (MISSION 1.2, CASES B22):
 * arrays, space-separated strings and mixtures of both mean the same set.
 * <pre>
 * Scope.names("esi-skills.read_skills.v1 esi-wallet.read_character_wallet.v1")
 *     .equals(Scope.names("esi-wallet.read_character_wallet.v1", "esi-skills.read_skills.v1")); // true
 * </pre>
 *
 * @param name     the scope name, never blank and without whitespace
 * @param helpText what the scope allows, empty when unknown
 * @since 0.1
 */
public record Scope(String name, String helpText) {

    /** Validates the name. */
    public Scope {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("A scope name must be non-empty and contain no whitespace: '" + name + "'");
        }
        helpText = helpText == null ? "" : helpText;
    }

    /**
     * @param name the scope name
     * @return the scope with an empty help text
     */
    public static Scope of(String name) {
        return new Scope(name, "");
    }

    /**
     * A short human name: the middle part of the name with underscores as spaces, as django-esi shows it
     * ({@code esi-skills.read_skills.v1} gives {@code read skills}); the whole name when it has no dots.
     *
     * @return the friendly name
     */
    public String friendlyName() {
        String[] parts = name.split("\\.");
        return parts.length < 2 ? name : parts[1].replace('_', ' ').trim();
    }

    /**
     * Normalises scope arguments: each element may hold one scope or several separated by whitespace; duplicates,
     * order, {@code null} elements and blanks do not matter.
     *
     * @param specs scope names and/or space-separated lists of them; {@code null} means none
     * @return the sorted, unmodifiable set of scope names (empty for no scopes)
     */
    public static Set<String> names(String... specs) {
        return specs == null ? Set.of() : names(Arrays.asList(specs));
    }

    /**
     * @param specs scope names and/or space-separated lists of them; {@code null} means none
     * @return the sorted, unmodifiable set of scope names
     * @see #names(String...)
     */
    public static Set<String> names(Collection<String> specs) {
        if (specs == null) {
            return Set.of();
        }
        TreeSet<String> result = new TreeSet<>();
        for (String spec : specs) {
            if (spec != null) {
                for (String part : spec.trim().split("\\s+")) {
                    if (!part.isEmpty()) {
                        result.add(part);
                    }
                }
            }
        }
        return Collections.unmodifiableSortedSet(result);
    }
}
