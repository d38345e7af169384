package dev.esi4j.simulator;

import java.util.List;
import java.util.function.Predicate;

/**
 * Every request the simulator received, in arrival order, for assertions such as "exactly one
 * refresh call". A target is an operation id ({@code GetStatus}), a spec path ({@code /markets/{region_id}/orders}),
 * a concrete path ({@code /v2/oauth/token}), a prefix ending in {@code *}, or {@code *} for all.
 *
 * <pre>{@code
 * assertThat(sim.journal().count("/v2/oauth/token")).isEqualTo(1);
 * }</pre>
 */
public interface Journal {

    /** @return all recorded requests */
    List<RecordedRequest> requests();

    /** @return the requests hitting the target */
    List<RecordedRequest> requests(String target);

    /** @return the requests accepted by the predicate */
    List<RecordedRequest> matching(Predicate<RecordedRequest> predicate);

    /** @return how many requests hit the target */
    int count(String target);

    /** @return the most recent request, or {@code null} */
    RecordedRequest last();

    /** Forgets all recorded requests. */
    void clear();
}
