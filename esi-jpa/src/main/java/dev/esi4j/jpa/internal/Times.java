package dev.esi4j.jpa.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Instants are stored as UTC {@link LocalDateTime}s with microsecond precision (all three databases keep it). */
public final class Times {

    private Times() {
    }

    /** @param instant an instant or {@code null} @return UTC date-time, or {@code null} */
    public static LocalDateTime toColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    /** @param value UTC date-time or {@code null} @return the instant, or {@code null} */
    public static Instant fromColumn(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }
}
