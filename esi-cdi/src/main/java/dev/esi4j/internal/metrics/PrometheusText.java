package dev.esi4j.internal.metrics;

import java.util.Collection;
import java.util.Locale;
import java.util.function.Function;

import dev.esi4j.EsiOperationStats;

/** Writes operation totals in the Prometheus text exposition format 0.0.4. */
public final class PrometheusText {

    private PrometheusText() {
    }

    /**
     * @param stats totals per operation
     * @return the exposition text, one family per metric
     */
    public static String write(Collection<EsiOperationStats> stats) {
        StringBuilder out = new StringBuilder();
        counter(out, "esi_calls_total", "ESI exchanges", stats, EsiOperationStats::calls);
        counter(out, "esi_errors_total", "ESI exchanges ending in 4xx/5xx or without response", stats,
                EsiOperationStats::errors);
        counter(out, "esi_cache_hits_total", "ESI exchanges served from the response cache", stats,
                EsiOperationStats::cacheHits);
        counter(out, "esi_retries_total", "Retries of ESI requests", stats, EsiOperationStats::retries);
        counter(out, "esi_limit_waits_total", "ESI exchanges that waited for the error or rate limit", stats,
                EsiOperationStats::limitWaits);
        seconds(out, "esi_limit_wait_seconds_total", "Time spent waiting for ESI limits", stats,
                s -> s.limitWaitTotal().toNanos());
        seconds(out, "esi_latency_seconds_total", "Total ESI latency including retries and waits", stats,
                s -> s.latencyTotal().toNanos());
        seconds(out, "esi_latency_seconds_max", "Longest ESI latency", stats, s -> s.latencyMax().toNanos());
        out.append("# HELP esi_responses_total ESI exchanges per final HTTP status (0: no response)\n")
                .append("# TYPE esi_responses_total counter\n");
        for (EsiOperationStats s : stats) {
            s.statusCounts().forEach((status, count) -> out.append("esi_responses_total{operation=\"")
                    .append(escape(s.operationId())).append("\",status=\"").append(status).append("\"} ")
                    .append(count).append('\n'));
        }
        return out.toString();
    }

    private static void counter(StringBuilder out, String name, String help, Collection<EsiOperationStats> stats,
            Function<EsiOperationStats, Long> value) {
        header(out, name, help, name.endsWith("_max") ? "gauge" : "counter");
        for (EsiOperationStats s : stats) {
            out.append(name).append("{operation=\"").append(escape(s.operationId())).append("\"} ")
                    .append(value.apply(s)).append('\n');
        }
    }

    private static void seconds(StringBuilder out, String name, String help, Collection<EsiOperationStats> stats,
            Function<EsiOperationStats, Long> nanos) {
        header(out, name, help, name.endsWith("_max") ? "gauge" : "counter");
        for (EsiOperationStats s : stats) {
            out.append(name).append("{operation=\"").append(escape(s.operationId())).append("\"} ")
                    .append(String.format(Locale.ROOT, "%.9f", nanos.apply(s) / 1e9)).append('\n');
        }
    }

    private static void header(StringBuilder out, String name, String help, String type) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static String escape(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
