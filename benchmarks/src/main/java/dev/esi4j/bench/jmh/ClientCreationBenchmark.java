package dev.esi4j.bench.jmh;

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

/**
 * Warm client creation: esi4j from the bundled spec (parsed into its catalog), and eve-esi's client. A bare JDK
 * {@code HttpClient} is left out: Java 17's has no {@code close()}, each keeps a selector thread and its file
 * descriptors until it is garbage collected, and a creation loop that allocates little runs out of descriptors.
 */
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

    /** @return a new eve-esi client with one API */
    @Benchmark
    public StatusApi eveEsi() {
        ApiClient client = Clients.eveEsi(UNUSED_URL);
        return new StatusApi(client);
    }
}
