package dev.esi4j.simulator.internal.esi;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * State of one data generation: the seeded random source, path parameter values to echo,
 * the language of localised strings and the length of the top-level array.
 */
final class GenContext {

    private final SplittableRandom random;
    private final Map<String, String> pathParams;
    private final String language;
    private final int topArrayLength;

    GenContext(long seed, Map<String, String> pathParams, String language, int topArrayLength) {
        this.random = new SplittableRandom(seed);
        this.pathParams = pathParams;
        this.language = language;
        this.topArrayLength = topArrayLength;
    }

    SplittableRandom random() {
        return random;
    }

    String language() {
        return language;
    }

    int topArrayLength() {
        return topArrayLength;
    }

    /** @return the path parameter's numeric value when the property echoes it, else {@code null} */
    Long echo(String property) {
        String v = property == null ? null : pathParams.get(property);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** @return a stable 64-bit hash (FNV-1a) of the parts, for seeding */
    static long hash(long seed, Object... parts) {
        long h = 0xcbf29ce484222325L ^ seed;
        for (Object part : parts) {
            for (char c : String.valueOf(part).toCharArray()) {
                h ^= c;
                h *= 0x100000001b3L;
            }
            h ^= '|';
            h *= 0x100000001b3L;
        }
        return h;
    }
}
