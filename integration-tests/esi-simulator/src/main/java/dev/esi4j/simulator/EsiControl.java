package dev.esi4j.simulator;

/**
 * Test hooks of the simulated ESI.
 *
 * <pre>{@code
 * sim.esi().pages("GetMarketsRegionIdOrders", 3, 1000);
 * sim.esi().newSnapshot("GetMarketsRegionIdOrders"); // new data and Last-Modified for that operation
 * }</pre>
 */
public interface EsiControl {

    /** Sets page count and page size (X-Pages, cursor and from_id lists) for an operation id. */
    void pages(String operationId, int pages, int pageSize);

    /** Replaces the data and {@code Last-Modified} of an operation, as when ESI's cache refreshes. */
    void newSnapshot(String operationId);

    /** Serves this JSON (language {@code en}, page 1) for a concrete path such as {@code /universe/types/587}. */
    void fixture(String path, String json);

    /** Serves this JSON for a concrete path, language and page (0 = not paged). */
    void fixture(String path, String language, int page, String json);

    /** @return errors left in the current error-limit window */
    int errorLimitRemaining();

    /** Restores the error budget and empties every rate-limit bucket. */
    void resetLimits();
}
