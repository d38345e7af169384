package dev.esi4j.internal.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

import dev.esi4j.EsiCallEvent;
import dev.esi4j.EsiOperationStats;

/** Lock-free running totals of one operation. */
public final class OperationCounters {

    private final String operationId;
    private final LongAdder calls = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder cacheHits = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder limitWaits = new LongAdder();
    private final LongAdder limitWaitNanos = new LongAdder();
    private final LongAdder latencyNanos = new LongAdder();
    private final LongAccumulator latencyMaxNanos = new LongAccumulator(Math::max, 0);
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();

    /** @param operationId the operation */
    public OperationCounters(String operationId) {
        this.operationId = operationId;
    }

    /** @param call one exchange */
    public void add(EsiCallEvent call) {
        calls.increment();
        if (call.status() == 0 || call.status() >= 400) {
            errors.increment();
        }
        if (call.cacheHit()) {
            cacheHits.increment();
        }
        retries.add(call.retries());
        long waited = nanos(call.limitWait());
        if (waited > 0) {
            limitWaits.increment();
            limitWaitNanos.add(waited);
        }
        long latency = nanos(call.latency());
        latencyNanos.add(latency);
        latencyMaxNanos.accumulate(latency);
        statuses.computeIfAbsent(call.status(), s -> new LongAdder()).increment();
    }

    /** @return the current totals */
    public EsiOperationStats stats() {
        Map<Integer, Long> byStatus = new TreeMap<>();
        statuses.forEach((status, count) -> byStatus.put(status, count.sum()));
        return new EsiOperationStats(operationId, calls.sum(), errors.sum(), cacheHits.sum(), retries.sum(),
                limitWaits.sum(), Duration.ofNanos(limitWaitNanos.sum()), Duration.ofNanos(latencyNanos.sum()),
                Duration.ofNanos(latencyMaxNanos.get()), byStatus);
    }

    private static long nanos(Duration duration) {
        return duration == null || duration.isNegative() ? 0 : duration.toNanos();
    }
}
