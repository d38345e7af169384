package dev.esi4j.internal.policy;

import java.time.Duration;
import java.util.Locale;

/** Parses ESI window texts such as {@code 15m}, {@code 1h}, {@code 30s}. */
final class WindowText {

    private WindowText() {
    }

    static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        long n = Long.parseLong(t.replaceAll("[^0-9]", ""));
        return switch (t.charAt(t.length() - 1)) {
            case 'h' -> Duration.ofHours(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'd' -> Duration.ofDays(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
