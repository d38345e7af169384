package dev.esi4j.simulator.internal.sso;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/** Scope lists: the {@code scp} claim (string or array) and space-separated request parameters. */
public final class Scopes {

    private Scopes() {
    }

    /** @return scopes from an {@code scp} claim value */
    public static List<String> fromClaim(Object scp) {
        if (scp instanceof String s) {
            return List.of(s);
        }
        List<String> out = new ArrayList<>();
        if (scp instanceof Collection<?> c) {
            c.forEach(v -> out.add(String.valueOf(v)));
        }
        return out;
    }

    /** @return distinct scopes of a space (or plus) separated string */
    public static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.asList(text.trim().split("[\\s+]+"))));
    }
}
