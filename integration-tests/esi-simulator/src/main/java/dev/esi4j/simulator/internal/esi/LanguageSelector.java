package dev.esi4j.simulator.internal.esi;

import dev.esi4j.simulator.internal.SimRequest;
import java.util.List;
import java.util.Locale;

/**
 * Picks the answer language: the legacy {@code language} query parameter first, then
 * {@code Accept-Language} (q-values honoured, {@code en-us} means {@code en}), then the default.
 */
public final class LanguageSelector {

    /** Languages ESI localises into. */
    static final List<String> SUPPORTED = List.of("en", "de", "fr", "ja", "ru", "zh", "ko", "es");

    private final String defaultLanguage;

    /** @param defaultLanguage language when none is asked for */
    public LanguageSelector(String defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    /** @return the language, or {@code null} when the {@code language} parameter is invalid */
    String select(SimRequest req) {
        String param = req.param("language");
        if (param != null) {
            String l = normalise(param);
            return SUPPORTED.contains(l) ? l : null;
        }
        String header = req.header("Accept-Language");
        return header == null ? defaultLanguage : fromHeader(header);
    }

    private String fromHeader(String header) {
        String best = null;
        double bestQ = -1;
        for (String part : header.split(",")) {
            String[] bits = part.trim().split(";");
            String lang = bits[0].trim();
            double q = quality(bits);
            String l = "*".equals(lang) ? defaultLanguage : normalise(lang);
            if (SUPPORTED.contains(l) && q > bestQ && q > 0) {
                best = l;
                bestQ = q;
            }
        }
        return best == null ? defaultLanguage : best;
    }

    private static double quality(String[] bits) {
        for (int i = 1; i < bits.length; i++) {
            String b = bits[i].trim();
            if (b.startsWith("q=")) {
                try {
                    return Double.parseDouble(b.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    private static String normalise(String tag) {
        String l = tag.trim().toLowerCase(Locale.ROOT);
        int dash = l.indexOf('-');
        return dash > 0 ? l.substring(0, dash) : l;
    }
}
