package dev.esi4j;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.esi4j.internal.metrics.OperationCounters;
import dev.esi4j.internal.metrics.PrometheusText;

/**
 * Per-operation metrics of the ESI client (MISSION 4.20): calls, errors, statuses, latency, cache hits, retries and
 * limit waits. In CDI it counts the injected client's {@link EsiCallEvent}s by itself; {@code @Inject EsiMetrics} and
 * read {@link #snapshot()}, or serve {@link #prometheus()} from a resource of your own. It needs no metrics library,
 * so it works the same on Payara and on WildFly (which no longer ships MicroProfile Metrics). Without CDI, register
 * it on the builder: {@code EsiClient.builder().onCall(metrics)}.
 *
 * <p>Counting is lock-free ({@code LongAdder}s per operation) and costs well under a microsecond per call.
 *
 * @since 0.1
 */
@ApplicationScoped
public class EsiMetrics implements Consumer<EsiCallEvent> {

    private final Map<String, OperationCounters> operations = new ConcurrentHashMap<>();

    /** Creates empty metrics. */
    public EsiMetrics() {
        // counters are created per operation on first use
    }

    /**
     * Counts one exchange.
     *
     * @param call the exchange
     */
    @Override
    public void accept(EsiCallEvent call) {
        operations.computeIfAbsent(call.operationId(), OperationCounters::new).add(call);
    }

    /**
     * CDI observer of the injected client's events.
     *
     * @param call the exchange
     */
    void onCall(@Observes EsiCallEvent call) {
        accept(call);
    }

    /** @return the totals per operation id, sorted by operation id */
    public Map<String, EsiOperationStats> snapshot() {
        Map<String, EsiOperationStats> result = new TreeMap<>();
        operations.forEach((id, counters) -> result.put(id, counters.stats()));
        return result;
    }

    /**
     * @param operationId an operation id
     * @return its totals (all zero when it was never called)
     */
    public EsiOperationStats operation(String operationId) {
        OperationCounters counters = operations.get(operationId);
        return (counters == null ? new OperationCounters(operationId) : counters).stats();
    }

    /** @return the totals in the Prometheus text exposition format (version 0.0.4), metric names {@code esi_*} */
    public String prometheus() {
        return PrometheusText.write(snapshot().values());
    }

    /** Forgets all totals. */
    public void reset() {
        operations.clear();
    }
}
