package dev.esi4j.scheduler.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.esi4j.scheduler.JobLease;

/**
 * The rules every {@link JobLease} follows, run against each implementation: one winner per job and slot, no second
 * run while one is running, takeover after {@code maxRunTime} when a node died mid-run.
 */
public abstract class JobLeaseContract {

    protected static final Instant T0 = Instant.parse("2026-12-03T03:00:00Z");
    protected static final Duration MAX_RUN = Duration.ofMinutes(10);

    protected final MutableClock clock = new MutableClock(T0);
    private JobLease nodeA;
    private JobLease nodeB;

    /** @return a lease of a new node; all nodes of one test share state (the same database) */
    protected abstract JobLease newNode();

    @BeforeEach
    void twoNodes() {
        nodeA = newNode();
        nodeB = newNode();
    }

    @Test
    void bothNodesFireForOneSlot_onlyOneRuns() {
        assertThat(nodeA.tryAcquire("tokens", T0, MAX_RUN)).isTrue();
        assertThat(nodeB.tryAcquire("tokens", T0, MAX_RUN)).isFalse();
    }

    @Test
    void otherNodeFiresLateAfterRelease_slotStaysTaken() {
        assertThat(nodeA.tryAcquire("tokens", T0, MAX_RUN)).isTrue();
        nodeA.release("tokens");
        clock.advance(Duration.ofSeconds(5));
        assertThat(nodeB.tryAcquire("tokens", T0, MAX_RUN)).isFalse();
        assertThat(nodeA.tryAcquire("tokens", T0, MAX_RUN)).isFalse();
    }

    @Test
    void nextSlotAfterRelease_anyNodeMayRunIt() {
        assertThat(nodeA.tryAcquire("tokens", T0, MAX_RUN)).isTrue();
        nodeA.release("tokens");
        Instant next = T0.plus(Duration.ofHours(4));
        clock.advance(Duration.ofHours(4));
        assertThat(nodeB.tryAcquire("tokens", next, MAX_RUN)).isTrue();
        assertThat(nodeA.tryAcquire("tokens", next, MAX_RUN)).isFalse();
    }

    @Test
    void nextSlotWhileStillRunning_skipped() {
        assertThat(nodeA.tryAcquire("tokens", T0, MAX_RUN)).isTrue();
        clock.advance(Duration.ofMinutes(5));
        assertThat(nodeB.tryAcquire("tokens", T0.plus(Duration.ofMinutes(5)), MAX_RUN)).isFalse();
        assertThat(nodeA.tryAcquire("tokens", T0.plus(Duration.ofMinutes(5)), MAX_RUN)).isFalse();
    }

    @Test
    void holderDiedMidRun_nextSlotAfterMaxRunTimeRuns() {
        assertThat(nodeA.tryAcquire("tokens", T0, MAX_RUN)).isTrue();
        clock.advance(MAX_RUN.plusSeconds(1));
        assertThat(nodeB.tryAcquire("tokens", T0.plus(MAX_RUN), MAX_RUN)).isTrue();
    }

    @Test
    void releaseByNodeNotHoldingTheLease_changesNothing() {
        assertThat(nodeA.tryAcquire("tokens", T0, MAX_RUN)).isTrue();
        nodeB.release("tokens");
        clock.advance(Duration.ofMinutes(1));
        assertThat(nodeB.tryAcquire("tokens", T0.plus(Duration.ofMinutes(1)), MAX_RUN)).isFalse();
    }

    @Test
    void differentJobs_haveIndependentLeases() {
        assertThat(nodeA.tryAcquire("tokens", T0, MAX_RUN)).isTrue();
        assertThat(nodeB.tryAcquire("callback-redirects", T0, MAX_RUN)).isTrue();
    }

    @Test
    void olderSlotAfterNewerOne_refused() {
        assertThat(nodeA.tryAcquire("tokens", T0, MAX_RUN)).isTrue();
        nodeA.release("tokens");
        assertThat(nodeB.tryAcquire("tokens", T0.minusSeconds(1), MAX_RUN)).isFalse();
    }
}
