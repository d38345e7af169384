package dev.esi4j.bench.jmh;

import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonValue;

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
import net.troja.eve.esi.ApiException;
import net.troja.eve.esi.api.StatusApi;
import net.troja.eve.esi.model.StatusResponse;

/**
 * One GET of {@code /status} on loopback: esi4j without and with its response cache, the raw JDK
 * {@code HttpClient} by hand, and eve-esi on the legacy path {@code /latest/status/}. The harness runs the uncached
 * methods with 1 and 16 threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CallBenchmark {

    private EsiSimulator sim;
    private EsiClient uncached;
    private EsiClient cached;
    private HttpClient http;
    private URI statusUri;
    private StatusApi eveStatus;

    /** Starts the simulator and the clients. */
    @Setup(Level.Trial)
    public void start() {
        sim = Simulators.start();
        uncached = Clients.esi4j(sim.baseUrl(), false);
        cached = Clients.esi4j(sim.baseUrl(), true);
        http = Clients.rawHttp();
        statusUri = sim.uri("/status");
        eveStatus = new StatusApi(Clients.eveEsi(sim.baseUrl()));
    }

    /** Stops everything. */
    @TearDown(Level.Trial)
    public void stop() {
        uncached.close();
        cached.close();
        sim.close();
    }

    /** @return GetStatus through esi4j, response cache off */
    @Benchmark
    public JsonValue esi4jUncached() {
        return uncached.operation("GetStatus").result();
    }

    /** @return the same request by hand with the JDK client, parsed with JSON-P */
    @Benchmark
    public JsonValue rawHttpClient() {
        return Clients.rawGet(http, statusUri);
    }

    /** @return the same call through eve-esi (OkHttp + Gson) */
    @Benchmark
    public StatusResponse eveEsi() throws ApiException {
        return eveStatus.getStatus("tranquility", null);
    }

    /** @return GetStatus through esi4j, answered from its response cache */
    @Benchmark
    public JsonValue esi4jCached() {
        return cached.operation("GetStatus").result();
    }
}
