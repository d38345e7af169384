package dev.esi4j.simulator;

import java.util.function.Predicate;

/**
 * Chooses which requests a fault applies to and how often; {@link #inject(Fault)} installs it.
 * Rules are checked in the order they were installed; the first one still active and matching wins.
 */
public interface FaultRule {

    /** Only requests whose query parameter has this value. @return this */
    FaultRule query(String name, String value);

    /** Only requests accepted by the predicate (e.g. on a header or the body). @return this */
    FaultRule when(Predicate<RecordedRequest> predicate);

    /**
     * Only while more than {@code count} requests hitting this rule's target are in flight (this one
     * included), e.g. "more than 5 concurrent token requests get 500".
     *
     * @return this
     */
    FaultRule concurrentAbove(int count);

    /** Let the first {@code count} matching requests through unchanged. @return this */
    FaultRule skip(int count);

    /** Apply to the next {@code count} matching requests only (default: every matching request). @return this */
    FaultRule times(int count);

    /** Installs the rule. */
    void inject(Fault fault);
}
