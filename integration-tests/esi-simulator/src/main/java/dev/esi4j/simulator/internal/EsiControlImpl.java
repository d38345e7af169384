package dev.esi4j.simulator.internal;

import dev.esi4j.simulator.EsiControl;
import dev.esi4j.simulator.internal.esi.EsiParts;
import dev.esi4j.simulator.internal.esi.PathNormalizer;
import java.time.Clock;

/** Test hooks of the ESI side. */
final class EsiControlImpl implements EsiControl {

    private final EsiParts parts;
    private final Clock clock;

    EsiControlImpl(EsiParts parts, Clock clock) {
        this.parts = parts;
        this.clock = clock;
    }

    @Override
    public void pages(String operationId, int pages, int pageSize) {
        parts.paging().set(operationId, pages, pageSize);
    }

    @Override
    public void newSnapshot(String operationId) {
        parts.paging().newSnapshot(operationId, clock.instant().getEpochSecond());
    }

    @Override
    public void fixture(String path, String json) {
        fixture(path, "en", 0, json);
    }

    @Override
    public void fixture(String path, String language, int page, String json) {
        parts.fixtures().put(PathNormalizer.normalise(path), language, page, json);
    }

    @Override
    public int errorLimitRemaining() {
        return parts.budget().remaining();
    }

    @Override
    public void resetLimits() {
        parts.budget().reset();
        parts.limiter().reset();
    }
}
