package dev.esi4j;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals for one ESI operation since the application started (or since {@link EsiMetrics#reset()}), as counted by
 * {@link EsiMetrics} from {@link EsiCallEvent}s.
 *
 * @param operationId     the operation
 * @param calls           exchanges (one per {@code result()}, one per page of {@code results()})
 * @param errors          exchanges that ended with HTTP 4xx/5xx or without a response
 * @param cacheHits       exchanges served from the response cache (fresh or revalidated by a 304)
 * @param retries         retries made in total
 * @param limitWaits      exchanges that waited for the error or rate limit
 * @param limitWaitTotal  total time spent waiting for limits
 * @param latencyTotal    total latency (including retries and limit waits)
 * @param latencyMax      longest latency seen
 * @param statusCounts    exchanges per final HTTP status (0: no response), ordered by status
 * @since 0.1
 */
public record EsiOperationStats(String operationId, long calls, long errors, long cacheHits, long retries,
        long limitWaits, Duration limitWaitTotal, Duration latencyTotal, Duration latencyMax,
        Map<Integer, Long> statusCounts) {

    /** Makes the status map an immutable copy ordered by status. */
    public EsiOperationStats {
        statusCounts = Collections.unmodifiableMap(new TreeMap<>(statusCounts));
    }

    /** @return mean latency, zero when there were no calls */
    public Duration latencyMean() {
        return calls == 0 ? Duration.ZERO : latencyTotal.dividedBy(calls);
    }

    /** @return share of calls served from the cache, 0 to 1 */
    public double cacheHitRatio() {
        return calls == 0 ? 0 : (double) cacheHits / calls;
    }
}
