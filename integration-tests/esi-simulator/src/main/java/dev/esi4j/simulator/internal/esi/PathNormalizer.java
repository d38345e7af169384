package dev.esi4j.simulator.internal.esi;

import java.util.regex.Pattern;

/**
 * Maps legacy path forms to the current ones: {@code /latest}, {@code /dev}, {@code /legacy} and
 * {@code /v1}.. prefixes are dropped, and so is a trailing slash ({@code /latest/status/} is {@code /status}).
 */
public final class PathNormalizer {

    private static final Pattern PREFIX = Pattern.compile("^/(latest|dev|legacy|v[0-9]+)(?=/)");

    private PathNormalizer() {
    }

    /** @return the current form of the path */
    public static String normalise(String path) {
        String p = PREFIX.matcher(path).replaceFirst("");
        while (p.length() > 1 && p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? "/" : p;
    }
}
