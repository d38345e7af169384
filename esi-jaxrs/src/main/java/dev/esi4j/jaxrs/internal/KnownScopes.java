package dev.esi4j.jaxrs.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The EVE SSO scopes known from the bundled ESI spec. A scope outside this list is only warned about (ESI20005):
 * CCP adds scopes, and an application may legitimately ask for one newer than the bundled spec.
 */
public final class KnownScopes {

    private static final Set<String> NAMES = load();

    private KnownScopes() {
    }

    /** @return every known scope name */
    public static Set<String> names() {
        return NAMES;
    }

    /**
     * @param scopes scope names
     * @return those not known from the bundled spec, sorted
     */
    public static Set<String> unknown(Collection<String> scopes) {
        return scopes.stream().filter(s -> !NAMES.contains(s)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> load() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                KnownScopes.class.getResourceAsStream("known-scopes.txt"), StandardCharsets.UTF_8))) {
            return in.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
