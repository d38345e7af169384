package dev.esi4j.simulator.internal.esi;

import dev.esi4j.simulator.internal.esi.SpecOperation.RateLimitSpec;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ESI's floating-window rate limits: one bucket per group and caller; answers cost tokens
 * (2xx: 2, 3xx: 1, 4xx: 5, 5xx: 0); when a bucket is empty the request gets 429 with Retry-After.
 */
public final class RateLimiter {

    private final Clock clock;
    private final boolean enabled;
    private final Map<String, RateLimitSpec> overrides = new ConcurrentHashMap<>();
    private final Map<String, Deque<long[]>> buckets = new ConcurrentHashMap<>();

    /** @param clock time source @param enabled whether limits are enforced and announced */
    public RateLimiter(Clock clock, boolean enabled) {
        this.clock = clock;
        this.enabled = enabled;
    }

    /** @return whether the operation's group is limited */
    public boolean applies(RateLimitSpec spec) {
        return enabled && spec != null;
    }

    /** Overrides the limit of a group. */
    public void override(String group, int maxTokens, long windowSeconds) {
        overrides.put(group, new RateLimitSpec(group, maxTokens, windowSeconds, DurationText.text(windowSeconds)));
    }

    /** @return the effective limit of the spec's group */
    public RateLimitSpec effective(RateLimitSpec spec) {
        return overrides.getOrDefault(spec.group(), spec);
    }

    /** @return tokens left in the caller's bucket */
    public int remaining(RateLimitSpec spec, String caller) {
        RateLimitSpec eff = effective(spec);
        Deque<long[]> events = bucket(eff, caller);
        synchronized (events) {
            expire(events, eff);
            return eff.maxTokens() - (int) events.stream().mapToLong(e -> e[1]).sum();
        }
    }

    /** @return seconds until the bucket has tokens again (at least 1) */
    public long retryAfter(RateLimitSpec spec, String caller) {
        RateLimitSpec eff = effective(spec);
        Deque<long[]> events = bucket(eff, caller);
        synchronized (events) {
            expire(events, eff);
            long now = clock.millis();
            long oldest = events.isEmpty() ? now : events.peekFirst()[0];
            return Math.max(1, (oldest + eff.windowSeconds() * 1000 - now + 999) / 1000);
        }
    }

    /** Spends the tokens the status costs. @return the tokens spent */
    public int spend(RateLimitSpec spec, String caller, int status) {
        int cost = status >= 500 ? 0 : status >= 400 ? 5 : status >= 300 ? 1 : 2;
        if (status == 429) {
            cost = 0;
        }
        Deque<long[]> events = bucket(effective(spec), caller);
        synchronized (events) {
            long now = clock.millis();
            long[] last = events.peekLast();
            if (last != null && last[0] / 1000 == now / 1000) {
                last[1] += cost;
            } else {
                events.addLast(new long[] {now, cost});
            }
        }
        return cost;
    }

    /** Empties every bucket. */
    public void reset() {
        buckets.clear();
    }

    private Deque<long[]> bucket(RateLimitSpec eff, String caller) {
        return buckets.computeIfAbsent(eff.group() + '|' + caller, k -> new ArrayDeque<>());
    }

    private void expire(Deque<long[]> events, RateLimitSpec eff) {
        long cutoff = clock.millis() - eff.windowSeconds() * 1000;
        while (!events.isEmpty() && events.peekFirst()[0] <= cutoff) {
            events.removeFirst();
        }
    }
}
