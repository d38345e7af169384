package dev.esi4j.internal.policy;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with up to 25 % added jitter: base, 2 base, 4 base, ... */
public final class Backoff {

    private static final Duration MAX = Duration.ofSeconds(60);

    private final Duration base;

    /** @param base first delay */
    public Backoff(Duration base) {
        this.base = base;
    }

    /**
     * @param retry 0 for the first retry
     * @return the delay before that retry
     */
    public Duration delay(int retry) {
        long millis = base.toMillis() << Math.min(retry, 20);
        long jitter = millis <= 0 ? 0 : ThreadLocalRandom.current().nextLong(millis / 4 + 1);
        Duration d = Duration.ofMillis(millis + jitter);
        return d.compareTo(MAX) > 0 ? MAX : d;
    }
}
