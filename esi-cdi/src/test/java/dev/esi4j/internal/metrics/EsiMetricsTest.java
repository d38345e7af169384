package dev.esi4j.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.esi4j.EsiCallEvent;
import dev.esi4j.EsiMetrics;
import dev.esi4j.EsiOperationStats;

class EsiMetricsTest {

    private static EsiCallEvent call(String op, int status, long millis, boolean hit, int retries, long waitMillis) {
        return new EsiCallEvent(op, "GET", "/x", status, Duration.ofMillis(millis), hit, retries,
                Duration.ofMillis(waitMillis), status >= 400 ? "HTTP " + status : null);
    }

    @Test
    void totals_latencyRetriesAndLimitWaits() {
        EsiMetrics metrics = new EsiMetrics();
        metrics.accept(call("A", 200, 10, false, 0, 0));
        metrics.accept(call("A", 200, 30, true, 2, 500));
        metrics.accept(call("A", 503, 20, false, 3, 0));
        metrics.accept(call("A", 0, 5, false, 0, 0));

        EsiOperationStats a = metrics.operation("A");
        assertThat(a.calls()).isEqualTo(4);
        assertThat(a.errors()).isEqualTo(2);
        assertThat(a.cacheHits()).isEqualTo(1);
        assertThat(a.retries()).isEqualTo(5);
        assertThat(a.limitWaits()).isEqualTo(1);
        assertThat(a.limitWaitTotal()).isEqualTo(Duration.ofMillis(500));
        assertThat(a.latencyTotal()).isEqualTo(Duration.ofMillis(65));
        assertThat(a.latencyMax()).isEqualTo(Duration.ofMillis(30));
        assertThat(a.latencyMean()).isEqualTo(Duration.ofNanos(16_250_000));
        assertThat(a.cacheHitRatio()).isEqualTo(0.25);
        assertThat(a.statusCounts()).containsExactly(java.util.Map.entry(0, 1L), java.util.Map.entry(200, 2L),
                java.util.Map.entry(503, 1L));
    }

    @Test
    void unknownOperation_isAllZero_andResetForgets() {
        EsiMetrics metrics = new EsiMetrics();
        assertThat(metrics.operation("Nope").calls()).isZero();
        assertThat(metrics.operation("Nope").latencyMean()).isZero();
        metrics.accept(call("A", 200, 1, false, 0, 0));
        metrics.reset();
        assertThat(metrics.snapshot()).isEmpty();
    }

    @Test
    void concurrentCounting_losesNothing() throws InterruptedException {
        EsiMetrics metrics = new EsiMetrics();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        IntStream.range(0, 8).forEach(t -> pool.execute(() -> {
            for (int i = 0; i < 10_000; i++) {
                metrics.accept(call(i % 2 == 0 ? "A" : "B", 200, 1, i % 4 == 0, 0, 0));
            }
        }));
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(metrics.operation("A").calls()).isEqualTo(40_000);
        assertThat(metrics.operation("B").calls()).isEqualTo(40_000);
        assertThat(metrics.operation("A").cacheHits()).isEqualTo(20_000);
    }

    @Test
    void prometheusText_familiesLabelsAndEscaping() {
        EsiMetrics metrics = new EsiMetrics();
        metrics.accept(call("Get\"Odd\"", 200, 1500, false, 1, 0));
        String text = metrics.prometheus();
        assertThat(text).contains("# TYPE esi_calls_total counter\n")
                .contains("esi_calls_total{operation=\"Get\\\"Odd\\\"\"} 1\n")
                .contains("esi_latency_seconds_total{operation=\"Get\\\"Odd\\\"\"} 1.500000000\n")
                .contains("# TYPE esi_latency_seconds_max gauge\n")
                .contains("esi_responses_total{operation=\"Get\\\"Odd\\\"\",status=\"200\"} 1\n");
        assertThat(text.lines().filter(l -> !l.startsWith("#")))
                .allMatch(l -> l.matches("esi_[a-z_]+\\{operation=\"(\\\\.|[^\"\\\\])*\"(,status=\"\\d+\")?\\} [0-9.]+"));
    }
}
