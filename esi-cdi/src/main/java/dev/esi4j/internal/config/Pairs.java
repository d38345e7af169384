package dev.esi4j.internal.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parses {@code a=b,c=d} lists. */
final class Pairs {

    private Pairs() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> result = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1) {
                throw new IllegalArgumentException("entry '" + p + "' is not of the form name=value");
            }
            String name = p.substring(0, eq).trim();
            if (result.put(name, p.substring(eq + 1).trim()) != null) {
                throw new IllegalArgumentException("names '" + name + "' twice");
            }
        }
        return result;
    }
}
