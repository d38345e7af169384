package dev.esi4j;

/**
 * Progress of a long {@link EsiRequest#results()}: called after each page (from the fetching threads).
 *
 * <pre>
 * esi.operation("GetMarketsRegionIdOrders", Map.of("region_id", 10000002))
 *         .onProgress((done, total) -&gt; log.info(done + "/" + total))
 *         .results();
 * </pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface PageProgressListener {

    /**
     * @param done  pages received so far
     * @param total pages announced ({@code X-Pages}); for cursor paging one more than done until the end
     */
    void progress(int done, int total);
}
