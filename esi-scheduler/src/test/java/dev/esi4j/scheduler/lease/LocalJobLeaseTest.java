package dev.esi4j.scheduler.lease;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.esi4j.scheduler.JobLease;
import dev.esi4j.scheduler.internal.LocalJobLease;

/** The single-node lease follows the lease rules (both "nodes" are callers in one JVM sharing one instance). */
class LocalJobLeaseTest extends JobLeaseContract {

    private final LocalJobLease shared = new LocalJobLease(clock);

    @Override
    protected JobLease newNode() {
        return shared;
    }

    /** One JVM is one node: a release from any caller ends the run (the JDBC lease checks the owner instead). */
    @Override
    @Test
    void releaseByNodeNotHoldingTheLease_changesNothing() {
        assertThat(shared.tryAcquire("tokens", T0, MAX_RUN)).isTrue();
        shared.release("tokens");
        assertThat(shared.tryAcquire("tokens", T0.plusSeconds(1), MAX_RUN)).isTrue();
    }
}
