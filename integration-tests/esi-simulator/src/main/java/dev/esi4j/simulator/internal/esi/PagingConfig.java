package dev.esi4j.simulator.internal.esi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Page count and page size per operation id, with defaults; also the data generation per operation. */
public final class PagingConfig {

    /**
     * Pages and page size.
     *
     * @param pages    page count ({@code X-Pages}); for cursor and from_id lists, total = pages x size
     * @param pageSize items per page
     */
    public record Size(int pages, int pageSize) {
    }

    private final Size defaults;
    private final Map<String, Size> sizes = new ConcurrentHashMap<>();
    private final Map<String, Size> base = new ConcurrentHashMap<>();
    private final Map<String, Integer> generations = new ConcurrentHashMap<>();
    private final Map<String, Long> snapshotTimes = new ConcurrentHashMap<>();
    private final AtomicInteger version = new AtomicInteger();

    /** @param defaults used for operations without an explicit size */
    public PagingConfig(Size defaults) {
        this.defaults = defaults;
    }

    /** Makes the current sizes the ones {@link #reset()} returns to. */
    public void markBase() {
        base.clear();
        base.putAll(sizes);
    }

    /** Drops runtime size changes and snapshots. */
    public void reset() {
        sizes.clear();
        sizes.putAll(base);
        generations.clear();
        snapshotTimes.clear();
        version.incrementAndGet();
    }

    /** Sets the size of one operation. */
    public void set(String operationId, int pages, int pageSize) {
        if (pages < 1 || pageSize < 0) {
            throw new IllegalArgumentException("pages must be >= 1 and pageSize >= 0");
        }
        sizes.put(operationId, new Size(pages, pageSize));
        version.incrementAndGet();
    }

    /** @return the size for the operation */
    public Size size(String operationId) {
        return sizes.getOrDefault(operationId, defaults);
    }

    /** Starts a new data snapshot for the operation at the given epoch second. */
    public void newSnapshot(String operationId, long epochSecond) {
        generations.merge(operationId, 1, Integer::sum);
        version.incrementAndGet();
        snapshotTimes.merge(operationId, epochSecond, (old, now) -> Math.max(now, old + 1));
    }

    /** @return a number that changes whenever sizes or snapshots change */
    public int version() {
        return version.get();
    }

    /** @return the data generation of the operation (0 at start) */
    public int generation(String operationId) {
        return generations.getOrDefault(operationId, 0);
    }

    /** @return epoch second of the last {@link #newSnapshot}, or {@code null} */
    public Long snapshotTime(String operationId) {
        return snapshotTimes.get(operationId);
    }
}
