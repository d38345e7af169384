package dev.esi4j.scheduler.lease;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.esi4j.scheduler.JobLease;

/**
 * Two job runners firing for the same slots at the same moment (a barrier lines them up), as two servers' timers
 * do; counts how often each slot ran.
 */
final class LeaseRace {

    private LeaseRace() {
    }

    static Map<Long, AtomicInteger> run(List<JobLease> runners, int slots) throws Exception {
        Map<Long, AtomicInteger> runs = new ConcurrentHashMap<>();
        CyclicBarrier barrier = new CyclicBarrier(runners.size());
        ExecutorService pool = Executors.newFixedThreadPool(runners.size());
        try {
            List<Future<Object>> done = pool.invokeAll(runners.stream()
                    .map(lease -> (java.util.concurrent.Callable<Object>) () -> {
                        fire(lease, barrier, runs, slots);
                        return null;
                    }).toList(), 2, TimeUnit.MINUTES);
            for (Future<Object> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return runs;
    }

    private static void fire(JobLease lease, CyclicBarrier barrier, Map<Long, AtomicInteger> runs, int slots)
            throws Exception {
        Instant base = Instant.parse("2026-12-03T00:00:00Z");
        for (long i = 1; i <= slots; i++) {
            barrier.await(30, TimeUnit.SECONDS);
            if (lease.tryAcquire("race", base.plusSeconds(i), Duration.ofMinutes(1))) {
                runs.computeIfAbsent(i, k -> new AtomicInteger()).incrementAndGet();
                lease.release("race");
            }
        }
    }
}
