package dev.esi4j.jaxrs.internal.web;

import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a flow returns to: HTTP method, raw path and raw query of a request of this application. Only same-origin
 * relative URLs are accepted ({@link #local}): no scheme, no host, no {@code //} or backslash tricks, no control
 * characters, so a stored target can never become an open redirect (MISSION 2.2, CASES B19). Percent-encoding is
 * kept byte for byte; the length is not limited.
 *
 * @param method HTTP method, upper case
 * @param path   raw path starting with a single {@code /}
 * @param query  raw query without {@code ?}, {@code null} when none
 */
public record ReturnTarget(String method, String path, String query) implements Serializable {

    private static final String HEX = "0123456789ABCDEF";

    /** Validates. */
    public ReturnTarget {
        method = Objects.requireNonNull(method, "method").toUpperCase(Locale.ROOT);
        if (!isSafeLocal(path) || path.contains("?") || (query != null && !isSafeChars(query))) {
            throw new IllegalArgumentException("not a local return target");
        }
        query = query == null || query.isEmpty() ? null : query;
    }

    /**
     * @param method   HTTP method
     * @param location a relative URL such as {@code /app/page?x=1}
     * @return the target, empty when the location is not a same-origin relative URL
     */
    public static Optional<ReturnTarget> local(String method, String location) {
        if (!isSafeLocal(location)) {
            return Optional.empty();
        }
        int q = location.indexOf('?');
        String path = q < 0 ? location : location.substring(0, q);
        String query = q < 0 ? null : location.substring(q + 1);
        return Optional.of(new ReturnTarget(method, path, query));
    }

    /**
     * @param location a candidate return URL from outside (a parameter, a stored value)
     * @return whether it is a relative URL on this origin that a browser cannot turn into another host
     */
    public static boolean isSafeLocal(String location) {
        if (location == null || location.length() < 1 || location.charAt(0) != '/' || !isSafeChars(location)
                || location.contains("#")) {
            return false;
        }
        if (location.length() > 1 && (location.charAt(1) == '/' || location.charAt(1) == '\\')) {
            return false;
        }
        try {
            URI uri = new URI(escapedForParsing(location));
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * Browsers send {@code "<>[]^`{|}} and stray {@code %} unencoded in paths and queries, and {@code java.net.URI}
     * rejects them; they cannot introduce a scheme or an authority, so they are percent-encoded for the check only
     * (the target keeps the request's bytes).
     */
    private static String escapedForParsing(String location) {
        StringBuilder out = new StringBuilder(location.length() + 16);
        for (int i = 0; i < location.length(); i++) {
            char c = location.charAt(i);
            if ("\"<>[]^`{|}".indexOf(c) >= 0 || c == '%' && !isHexPair(location, i + 1)) {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHexPair(String text, int at) {
        return at + 1 < text.length() && HEX.indexOf(Character.toUpperCase(text.charAt(at))) >= 0
                && HEX.indexOf(Character.toUpperCase(text.charAt(at + 1))) >= 0;
    }

    private static boolean isSafeChars(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** @return the relative URL: path and, when present, {@code ?query} */
    public String location() {
        return query == null ? path : path + "?" + query;
    }

    /** @return whether the browser can come back with a redirect (GET/HEAD) */
    public boolean redirectable() {
        return "GET".equals(method) || "HEAD".equals(method);
    }

    /** @return the key of this target in session maps */
    public String key() {
        return ("HEAD".equals(method) ? "GET" : method) + " " + location();
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
