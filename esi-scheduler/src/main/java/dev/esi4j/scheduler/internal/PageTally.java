package dev.esi4j.scheduler.internal;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** What the refreshes of one page of expired tokens came to; written by several refresh workers at once. */
public final class PageTally {

    private final AtomicInteger refreshed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger left = new AtomicInteger();
    private final Queue<Long> invalid = new ConcurrentLinkedQueue<>();
    private volatile RuntimeException abort;

    /** @param stillExpired whether the refreshed token still counts as expired at the run's cutoff */
    void refreshed(boolean stillExpired) {
        refreshed.incrementAndGet();
        if (!stillExpired) {
            left.incrementAndGet();
        }
    }

    /** The token is gone or was refreshed by someone else meanwhile. */
    void gone() {
        left.incrementAndGet();
    }

    /** @param id a token that cannot be refreshed: to be deleted */
    void invalid(long id) {
        invalid.add(id);
    }

    /** A transient failure: the token is kept. */
    void transientFailure() {
        failed.incrementAndGet();
    }

    /** @param failure a failure that will hit every token (refused client credentials): stop the run */
    void abort(RuntimeException failure) {
        abort = failure;
    }

    boolean aborted() {
        return abort != null;
    }

    /** @return the failure that stopped the run, or {@code null} */
    public RuntimeException abortCause() {
        return abort;
    }

    /** @return tokens refreshed */
    public int refreshed() {
        return refreshed.get();
    }

    /** @return tokens kept after a transient failure */
    public int failures() {
        return failed.get();
    }

    /** @return ids of tokens to delete */
    public List<Long> invalidIds() {
        return List.copyOf(invalid);
    }

    /**
     * @param deleted how many of {@link #invalidIds()} were deleted
     * @return how many tokens of the page no longer match the expired-token query
     */
    public int leftTheQuery(int deleted) {
        return left.get() + deleted;
    }
}
