package dev.esi4j.internal.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;

import dev.esi4j.internal.http.InboundResponse;

/** Parsing of ESI response headers: HTTP dates, seconds, {@code Retry-After}, {@code X-Pages}. */
public final class Headers {

    private Headers() {
    }

    /**
     * @param response response
     * @param name     header
     * @return the header as an RFC 1123 date
     */
    public static Optional<Instant> date(InboundResponse response, String name) {
        return response.header(name).flatMap(Headers::parseDate);
    }

    /**
     * @param text RFC 1123 date text
     * @return the instant, empty when unparsable
     */
    public static Optional<Instant> parseDate(String text) {
        try {
            return Optional.of(ZonedDateTime.parse(text.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * @param response response
     * @param name     header
     * @return the header as a whole number
     */
    public static Optional<Long> seconds(InboundResponse response, String name) {
        return response.header(name).flatMap(v -> {
            try {
                return Optional.of(Long.parseLong(v.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * @param response response
     * @param clock    clock for date forms
     * @return the {@code Retry-After} delay (seconds or HTTP date), never negative
     */
    public static Optional<Duration> retryAfter(InboundResponse response, Clock clock) {
        Optional<String> text = response.header("Retry-After");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Long> secs = seconds(response, "Retry-After");
        if (secs.isPresent()) {
            return Optional.of(Duration.ofSeconds(Math.max(0, secs.get())));
        }
        return parseDate(text.get()).map(at -> {
            Duration d = Duration.between(clock.instant(), at);
            return d.isNegative() ? Duration.ZERO : d;
        });
    }

    /**
     * @param response response
     * @return {@code X-Pages} when present and a positive number
     */
    public static OptionalInt pages(InboundResponse response) {
        Optional<Long> pages = seconds(response, "X-Pages");
        return pages.isPresent() && pages.get() > 0 && pages.get() <= Integer.MAX_VALUE
                ? OptionalInt.of(pages.get().intValue()) : OptionalInt.empty();
    }
}
