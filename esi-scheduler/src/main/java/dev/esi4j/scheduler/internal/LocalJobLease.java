package dev.esi4j.scheduler.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.esi4j.scheduler.JobLease;

/**
 * The single-node {@link JobLease}: the same slot and running rules as the database lease, kept in this JVM. Used
 * when the application provides no lease bean; in a cluster every node then runs every job.
 */
public final class LocalJobLease implements JobLease {

    private final Clock clock;
    private final Map<String, long[]> slotAndExpiry = new HashMap<>();

    /** @param clock clock for lease expiry */
    public LocalJobLease(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized boolean tryAcquire(String job, Instant slot, Duration maxRunTime) {
        long[] state = slotAndExpiry.computeIfAbsent(job, k -> new long[] {Long.MIN_VALUE, Long.MIN_VALUE});
        long now = clock.millis();
        if (state[0] < slot.toEpochMilli() && state[1] <= now) {
            state[0] = slot.toEpochMilli();
            state[1] = now + maxRunTime.toMillis();
            return true;
        }
        return false;
    }

    @Override
    public String describe() {
        return "none (each node runs every job; provide a JobLease bean for a cluster)";
    }

    @Override
    public synchronized void release(String job) {
        long[] state = slotAndExpiry.get(job);
        if (state != null) {
            state[1] = Math.min(state[1], clock.millis());
        }
    }
}
