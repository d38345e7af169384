package dev.esi4j.internal.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.esi4j.internal.engine.Headers;
import dev.esi4j.internal.http.InboundResponse;

/**
 * Freshness lifetime of a response (B33): {@code Expires - Date} (so server clock skew does not matter), else
 * {@code Cache-Control: max-age}; a past or equal {@code Expires} means not fresh at all, never "a day".
 */
public final class Freshness {

    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    private Freshness() {
    }

    /**
     * @param response response
     * @param now      receive time (used when the response has no {@code Date})
     * @return the lifetime (zero when already stale), empty when the response states none
     */
    public static Optional<Duration> lifetime(InboundResponse response, Instant now) {
        String control = response.header("Cache-Control").orElse("");
        if (control.contains("no-store") || control.contains("no-cache")) {
            return Optional.of(Duration.ZERO);
        }
        Optional<Instant> expires = Headers.date(response, "Expires");
        if (expires.isPresent()) {
            Instant date = Headers.date(response, "Date").orElse(now);
            Duration d = Duration.between(date, expires.get());
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        }
        Matcher m = MAX_AGE.matcher(control);
        return m.find() ? Optional.of(Duration.ofSeconds(Long.parseLong(m.group(1)))) : Optional.empty();
    }

    /**
     * @param response response
     * @param now      receive time
     * @return when it stops being fresh ({@code now} when it states no positive lifetime)
     */
    public static Instant expiresAt(InboundResponse response, Instant now) {
        return now.plus(lifetime(response, now).orElse(Duration.ZERO));
    }
}
