package dev.esi4j.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;

import dev.esi4j.simulator.EsiSimulator;

/**
 * The paging scenario's simulator in its own JVM, so the harness' heap holds only the client side. Usage:
 * {@code SimulatorProcess PAGES ITEMS LATENCY_MS}; prints {@code URL <base url>} and runs until stdin closes.
 */
@SuppressWarnings("checkstyle:regexp")
public final class SimulatorProcess {

    private SimulatorProcess() {
    }

    /**
     * @param args pages, items per page, latency in ms
     * @throws IOException when stdin fails
     */
    public static void main(String[] args) throws IOException {
        serve(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]), System.out);
    }

    private static void serve(int pages, int items, long latencyMs, PrintStream out) throws IOException {
        try (EsiSimulator sim = Simulators.paging(pages, items, Duration.ofMillis(latencyMs))) {
            out.println("URL " + sim.baseUrl());
            out.flush();
            System.in.transferTo(PrintStream.nullOutputStream());
        }
    }
}
