package dev.esi4j.internal.config;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.esi4j.config.LimitMode;

/** Parses configuration text into typed values; every failure is an {@link IllegalArgumentException} whose
 * message says what is wrong with the value (the caller adds the key). */
final class ValueParsers {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}(-[a-z]{2})?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern APP_NAME = Pattern.compile("[A-Za-z0-9._\\-]+");
    private static final Pattern SCHEDULE_FIELD = Pattern.compile("[0-9A-Za-z*/,\\-]+");

    /** What {@link #parse} returns for a value that switches its feature off ({@code none}): the key stays unset. */
    static final Object OFF = new Object();

    private final CompatibilityDates dates;

    ValueParsers(Clock clock) {
        this.dates = new CompatibilityDates(clock);
    }

    Object parse(ValueKind kind, String text) {
        return switch (kind) {
            case TEXT, SECRET -> text;
            case URL -> url(text);
            case OPTIONAL_URL -> "none".equalsIgnoreCase(text) ? OFF : url(text).toString();
            case BOOLEAN -> bool(text);
            case COUNT -> integer(text, 0);
            case POSITIVE -> integer(text, 1);
            case DECIMAL -> decimal(text);
            case DURATION -> DurationText.parse(text);
            case COMPAT_DATE -> dates.validate(text);
            case TAG_DATES -> tagDates(text);
            case LANGUAGE_LIST -> languages(text);
            case LANGUAGE -> language(text);
            case KEYS -> keys(text);
            case EMAIL -> matching(text, EMAIL, "is not an e-mail address");
            case APP_NAME_TEXT -> appName(text);
            case LIMIT_MODE -> limitMode(text);
            case DATASOURCE -> datasource(text);
            case REMOVED -> throw new IllegalArgumentException("is no longer supported");
            case SCHEDULE -> schedule(text);
        };
    }

    private static URI url(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("is not a valid URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("is not an absolute http(s) URL");
        }
        return uri;
    }

    private static Boolean bool(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("false")) {
            return Boolean.valueOf(t);
        }
        throw new IllegalArgumentException("must be true or false");
    }

    private static Integer integer(String text, int min) {
        try {
            int value = Integer.parseInt(text);
            if (value < min) {
                throw new IllegalArgumentException("must be at least " + min);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is not a whole number");
        }
    }

    private static Double decimal(String text) {
        try {
            double value = Double.parseDouble(text);
            if (value < 0 || Double.isNaN(value) || Double.isInfinite(value)) {
                throw new IllegalArgumentException("must be a non-negative number");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is not a number");
        }
    }

    private Map<String, LocalDate> tagDates(String text) {
        Map<String, LocalDate> result = new LinkedHashMap<>();
        for (Map.Entry<String, String> pair : Pairs.parse(text).entrySet()) {
            try {
                result.put(pair.getKey(), dates.validate(pair.getValue()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("tag '" + pair.getKey() + "': date " + e.getMessage());
            }
        }
        return Map.copyOf(result);
    }

    private static List<String> languages(String text) {
        List<String> result = new ArrayList<>();
        for (String part : text.split(",")) {
            result.add(language(part.trim()));
        }
        return List.copyOf(result);
    }

    private static String language(String text) {
        return matching(text.toLowerCase(Locale.ROOT), LANGUAGE, "is not a language code such as 'en' or 'zh'");
    }

    private static Map<String, byte[]> keys(String text) {
        Map<String, byte[]> result = new LinkedHashMap<>();
        for (Map.Entry<String, String> pair : Pairs.parse(text).entrySet()) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(pair.getValue());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("key id '" + pair.getKey() + "' is not valid base64");
            }
            if (key.length != 16 && key.length != 24 && key.length != 32) {
                throw new IllegalArgumentException("key id '" + pair.getKey() + "' must be 16, 24 or 32 bytes, not "
                        + key.length);
            }
            result.put(pair.getKey(), key);
        }
        return java.util.Collections.unmodifiableMap(result);
    }

    private static String matching(String text, Pattern pattern, String problem) {
        if (!pattern.matcher(text).matches()) {
            throw new IllegalArgumentException(problem);
        }
        return text;
    }

    private static String appName(String text) {
        if (text.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("must not contain spaces (CCP's User-Agent format is Name/version)");
        }
        return matching(text, APP_NAME, "may only contain letters, digits, '.', '_' and '-'");
    }

    private static LimitMode limitMode(String text) {
        try {
            return LimitMode.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("must be 'wait' or 'fail'");
        }
    }

    private static String datasource(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.equals("tranquility")) {
            return t;
        }
        if (t.equals("singularity")) {
            throw new IllegalArgumentException("names the Singularity datasource, which CCP removed from ESI in 2020;"
                    + " use 'tranquility'");
        }
        throw new IllegalArgumentException("is not an ESI tenant; the only tenant is 'tranquility'");
    }

    private static String schedule(String text) {
        String[] fields = text.trim().split("\\s+");
        if (fields.length != 6) {
            throw new IllegalArgumentException("must have 6 fields: second minute hour day-of-month month"
                    + " day-of-week");
        }
        for (String field : fields) {
            matching(field, SCHEDULE_FIELD, "has an invalid field '" + field + "'");
        }
        return String.join(" ", fields);
    }

    /** Validates compatibility dates: ISO date, not before the oldest, not after today's ESI day. */
    static final class CompatibilityDates {
        /** Oldest compatibility date ESI accepts. */
        static final LocalDate OLDEST = LocalDate.of(2020, 1, 1);
        private final Clock clock;

        CompatibilityDates(Clock clock) {
            this.clock = clock;
        }

        LocalDate validate(String text) {
            LocalDate date;
            try {
                date = LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("is not a date in the form YYYY-MM-DD");
            }
            if (date.isBefore(OLDEST)) {
                throw new IllegalArgumentException("is before the oldest compatibility date " + OLDEST);
            }
            // The ESI day rolls over at 11:00 UTC (daily downtime), not at midnight.
            LocalDate esiToday = clock.instant().minus(Duration.ofHours(11)).atZone(java.time.ZoneOffset.UTC)
                    .toLocalDate();
            if (date.isAfter(esiToday)) {
                throw new IllegalArgumentException("is in the future (the current ESI day is " + esiToday + ")");
            }
            return date;
        }
    }
}
