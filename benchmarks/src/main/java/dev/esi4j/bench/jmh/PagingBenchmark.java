package dev.esi4j.bench.jmh;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonArray;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import dev.esi4j.EsiClient;
import dev.esi4j.bench.Clients;
import dev.esi4j.bench.Simulators;
import dev.esi4j.simulator.EsiSimulator;

/**
 * The engine's cost of {@code results()} over 400 {@code X-Pages} pages (10 items each, no added latency); the
 * end-to-end paging scenario with 1,000 items and 20 ms per page is {@link dev.esi4j.bench.PagingScenario}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PagingBenchmark {

    private EsiSimulator sim;
    private EsiClient client;

    /** Starts the simulator with 400 small pages and an uncached client. */
    @Setup(Level.Trial)
    public void start() {
        sim = Simulators.builder().pages(Simulators.ORDERS, 400, 10).start();
        client = Clients.esi4j(sim.baseUrl(), false);
    }

    /** Stops everything. */
    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        sim.close();
    }

    /** @return all 4,000 items */
    @Benchmark
    public JsonArray esi4jResults() {
        return client.operation(Simulators.ORDERS, Map.of("region_id", Simulators.REGION)).results();
    }
}
