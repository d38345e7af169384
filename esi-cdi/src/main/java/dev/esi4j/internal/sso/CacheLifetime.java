package dev.esi4j.internal.sso;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long to keep a JWK set: {@code Cache-Control: max-age} first, then {@code Expires} (relative to {@code Date}
 * when present), else a default; always between one minute (never a fetch per token) and one day.
 */
public final class CacheLifetime {

    /** Used when the answer carries no usable caching header. */
    public static final Duration DEFAULT = Duration.ofMinutes(15);
    /** Lower bound. */
    public static final Duration MIN = Duration.ofMinutes(1);
    /** Upper bound. */
    public static final Duration MAX = Duration.ofDays(1);

    private static final Pattern MAX_AGE = Pattern.compile("(?:^|[,\\s])max-age\\s*=\\s*\"?(\\d+)");

    private CacheLifetime() {
    }

    /**
     * @param headers the answer's headers
     * @param now     the current time
     * @return the bounded lifetime
     */
    public static Duration of(HttpHeaders headers, Instant now) {
        Duration lifetime = fromCacheControl(headers).or(() -> fromExpires(headers, now)).orElse(DEFAULT);
        if (lifetime.compareTo(MIN) < 0) {
            return MIN;
        }
        return lifetime.compareTo(MAX) > 0 ? MAX : lifetime;
    }

    private static Optional<Duration> fromCacheControl(HttpHeaders headers) {
        String value = String.join(",", headers.allValues("Cache-Control")).toLowerCase(Locale.ROOT);
        if (value.contains("no-store") || value.contains("no-cache")) {
            return Optional.of(Duration.ZERO);
        }
        Matcher matcher = MAX_AGE.matcher(value);
        if (matcher.find()) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(matcher.group(1))));
            } catch (NumberFormatException e) {
                return Optional.of(MAX);
            }
        }
        return Optional.empty();
    }

    private static Optional<Duration> fromExpires(HttpHeaders headers, Instant now) {
        Optional<Instant> expires = headers.firstValue("Expires").flatMap(CacheLifetime::httpDate);
        if (expires.isEmpty()) {
            return headers.firstValue("Expires").isPresent() ? Optional.of(Duration.ZERO) : Optional.empty();
        }
        Instant base = headers.firstValue("Date").flatMap(CacheLifetime::httpDate).orElse(now);
        return Optional.of(Duration.between(base, expires.get()));
    }

    private static Optional<Instant> httpDate(String text) {
        try {
            return Optional.of(ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
