package dev.esi4j;

import java.time.Duration;

/**
 * One HTTP exchange with ESI (or a cache hit), for monitoring. Fired as a CDI event by the injected client and
 * passed to listeners registered on {@link EsiClientBuilder#onCall}. Never carries tokens or bodies.
 *
 * <pre>
 * void onEsiCall(&#64;Observes EsiCallEvent e) { metrics.timer(e.operationId()).update(e.latency()); }
 * </pre>
 *
 * @param operationId the operation
 * @param method      HTTP method
 * @param path        request path (no query)
 * @param status      final HTTP status; 0 when no response was received
 * @param latency     time spent, including retries and limit waits
 * @param cacheHit    served from the response cache (fresh or revalidated by a 304)
 * @param retries     retries made
 * @param limitWait   time spent waiting for the error or rate limit
 * @param error       simple name of the exception thrown, or {@code null} on success
 * @since 0.1
 */
public record EsiCallEvent(String operationId, String method, String path, int status, Duration latency,
        boolean cacheHit, int retries, Duration limitWait, String error) {
}
