package dev.esi4j.demo;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.esi4j.scheduler.CleanupRun;

/**
 * The latest cleanup runs, from the {@link CleanupRun} event that esi-scheduler fires after each run (timer or
 * {@code CleanupJobs} call).
 */
@ApplicationScoped
public class CleanupLog {

    /** Runs kept. */
    static final int KEEP = 20;

    private final Deque<CleanupRun> runs = new ConcurrentLinkedDeque<>();

    void record(@Observes CleanupRun run) {
        runs.addFirst(run);
        while (runs.size() > KEEP) {
            runs.pollLast();
        }
    }

    /** @return the latest runs, newest first */
    public List<CleanupRun> latest() {
        return new ArrayList<>(runs);
    }
}
