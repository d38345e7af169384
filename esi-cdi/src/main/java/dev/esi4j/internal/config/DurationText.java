package dev.esi4j.internal.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses durations: ISO-8601 ({@code PT30S}), a number with unit ({@code 500ms 30s 5m 4h 1d}) or plain seconds. */
public final class DurationText {

    private static final Pattern WITH_UNIT = Pattern.compile("(-?\\d+)\\s*(ms|s|m|h|d)?");

    private DurationText() {
    }

    /**
     * @param text the configured text
     * @return the duration, never negative
     * @throws IllegalArgumentException if the text is no duration or negative
     */
    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Duration duration;
        Matcher m = WITH_UNIT.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            duration = switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofSeconds(n);
            };
        } else {
            try {
                duration = Duration.parse(text.trim().toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("is not a duration (examples: 30s, 5m, PT1H)");
            }
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("must not be negative");
        }
        return duration;
    }
}
