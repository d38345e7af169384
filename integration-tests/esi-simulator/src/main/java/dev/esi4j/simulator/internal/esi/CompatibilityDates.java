package dev.esi4j.simulator.internal.esi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.TreeSet;

/**
 * ESI's {@code X-Compatibility-Date}: missing means the oldest date; a date is served by the newest
 * known date not after it; unparsable, too old or future dates answer 400.
 */
public final class CompatibilityDates {

    private final TreeSet<LocalDate> known = new TreeSet<>();
    private final Clock clock;

    /** @param dates known dates (ISO) @param clock "today" for the future check */
    public CompatibilityDates(Collection<String> dates, Clock clock) {
        dates.forEach(d -> known.add(LocalDate.parse(d)));
        this.clock = clock;
    }

    /**
     * @param header the request header or {@code null}
     * @return the effective date to echo, or {@code null} when the request must be rejected
     */
    public String resolve(String header) {
        if (header == null || header.isBlank()) {
            return known.first().toString();
        }
        LocalDate wanted;
        try {
            wanted = LocalDate.parse(header.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
        if (wanted.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC))) || wanted.isBefore(known.first())) {
            return null;
        }
        return known.floor(wanted).toString();
    }
}
