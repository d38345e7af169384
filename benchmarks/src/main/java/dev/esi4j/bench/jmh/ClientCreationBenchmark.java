package dev.esi4j.bench.jmh;

import java.net.http.HttpClient;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import dev.esi4j.EsiClient;
import dev.esi4j.bench.Clients;
import net.troja.eve.esi.ApiClient;
import net.troja.eve.esi.api.StatusApi;

/** Warm client creation: esi4j from the bundled spec (parsed into its catalog), and the peers' clients. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ClientCreationBenchmark {

    private static final String UNUSED_URL = "http://127.0.0.1:9";

    /** @return the number of operations of a freshly built client */
    @Benchmark
    public int esi4j() {
        try (EsiClient client = Clients.esi4j(UNUSED_URL, true)) {
            return client.tags().size();
        }
    }

    /** @return a new JDK client */
    @Benchmark
    public HttpClient rawHttpClient() {
        return Clients.rawHttp();
    }

    /** @return a new eve-esi client with one API */
    @Benchmark
    public StatusApi eveEsi() {
        ApiClient client = Clients.eveEsi(UNUSED_URL);
        return new StatusApi(client);
    }
}
