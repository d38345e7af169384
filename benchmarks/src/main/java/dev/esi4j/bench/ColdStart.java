package dev.esi4j.bench;

import java.io.PrintStream;
import java.net.URI;

import dev.esi4j.EsiClient;
import net.troja.eve.esi.api.StatusApi;

/**
 * Child process of the cold-start scenario: builds one client, makes the first call, prints
 * {@code <build ms> <first call ms>} and exits. Usage: {@code ColdStart esi4j|raw|eve-esi BASE_URL}.
 */
@SuppressWarnings("checkstyle:regexp")
public final class ColdStart {

    private ColdStart() {
    }

    /**
     * @param args variant and simulator URL
     * @throws Exception when the call fails (the parent sees a non-zero exit)
     */
    public static void main(String[] args) throws Exception {
        run(args[0], args[1], System.out);
    }

    /**
     * @param variant which client
     * @param baseUrl simulator URL
     * @param out     where the two figures are printed
     * @throws Exception when the call fails
     */
    public static void run(String variant, String baseUrl, PrintStream out) throws Exception {
        long t0 = System.nanoTime();
        long t1;
        switch (variant) {
            case "esi4j" -> {
                try (EsiClient client = Clients.esi4j(baseUrl, true)) {
                    client.tags();
                    t1 = System.nanoTime();
                    client.operation("GetStatus").result();
                }
            }
            case "raw" -> {
                var http = Clients.rawHttp();
                t1 = System.nanoTime();
                Clients.rawGet(http, URI.create(baseUrl + "/status"));
            }
            case "eve-esi" -> {
                StatusApi api = new StatusApi(Clients.eveEsi(baseUrl));
                t1 = System.nanoTime();
                api.getStatus("tranquility", null);
            }
            default -> throw new IllegalArgumentException(variant);
        }
        long t2 = System.nanoTime();
        out.println((t1 - t0) / 1e6 + " " + (t2 - t1) / 1e6);
        out.flush();
    }
}
