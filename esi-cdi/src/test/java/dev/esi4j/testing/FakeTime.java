package dev.esi4j.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import dev.esi4j.internal.policy.Sleeper;

/** A settable clock whose sleeper records the wait and moves time forward instead of sleeping. */
public final class FakeTime extends Clock implements Sleeper {

    /** T0 of the cases: 2026-01-01T12:00:00Z. */
    public static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        if (!duration.isNegative()) {
            now.updateAndGet(t -> t.plus(duration));
        }
    }

    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    public void advance(Duration d) {
        now.updateAndGet(t -> t.plus(d));
    }

    public void set(Instant at) {
        now.set(at);
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /** @return RFC 1123 text of an instant */
    public static String http(Instant at) {
        return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
    }
}
