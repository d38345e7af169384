package dev.esi4j.bench;

import java.time.Duration;

import dev.esi4j.simulator.EsiSimulator;
import dev.esi4j.simulator.EsiSimulatorBuilder;
import dev.esi4j.simulator.Fault;

/** The simulator as every benchmark starts it: no rate limiting, a huge error budget, no journal. */
public final class Simulators {

    /** The paged operation of the paging scenario. */
    public static final String ORDERS = "GetMarketsRegionIdOrders";
    /** Region whose orders are generated (not a recorded fixture). */
    public static final int REGION = 10000043;

    private Simulators() {
    }

    /** @return a builder with the benchmark settings */
    public static EsiSimulatorBuilder builder() {
        return EsiSimulator.builder().rateLimiting(false).errorLimit(1_000_000_000, Duration.ofSeconds(60))
                .journalSize(0);
    }

    /** @return a started simulator with the benchmark settings */
    public static EsiSimulator start() {
        return builder().start();
    }

    /**
     * A simulator for the paging scenario.
     *
     * @param pages        pages of {@link #ORDERS}
     * @param itemsPerPage items per page
     * @param latency      simulated latency of every page request
     * @return the started simulator
     */
    public static EsiSimulator paging(int pages, int itemsPerPage, Duration latency) {
        EsiSimulator sim = builder().pages(ORDERS, pages, itemsPerPage).start();
        if (!latency.isZero()) {
            sim.faults().on(ORDERS).inject(Fault.delay(latency));
        }
        return sim;
    }
}
