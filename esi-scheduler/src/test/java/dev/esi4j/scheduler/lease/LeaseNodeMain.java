package dev.esi4j.scheduler.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dev.esi4j.scheduler.JdbcJobLease;

/**
 * One job runner in its own JVM: fires for slot 1..n at {@code start + i * period} (as a timer would) and prints
 * each slot it won. Started by {@link TwoProcessesSharingOneDatabaseTest}.
 */
public final class LeaseNodeMain {

    private LeaseNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String owner = args[1];
        int slots = Integer.parseInt(args[2]);
        long start = Long.parseLong(args[3]);
        long period = Long.parseLong(args[4]);
        for (long slot : runSlots(url, owner, slots, start, period)) {
            System.out.println("won " + slot);
        }
        System.out.flush();
    }

    static java.util.List<Long> runSlots(String url, String owner, int slots, long start, long period)
            throws InterruptedException {
        JdbcJobLease lease = new JdbcJobLease(Databases.h2(url), JdbcJobLease.DEFAULT_TABLE, owner,
                Clock.systemUTC());
        lease.tryAcquire("warm-up", Instant.now(), Duration.ofMillis(1));
        java.util.List<Long> won = new java.util.ArrayList<>();
        Instant base = Instant.parse("2026-12-03T00:00:00Z");
        for (long i = 1; i <= slots; i++) {
            long wait = start + i * period - System.currentTimeMillis();
            if (wait > 0) {
                Thread.sleep(wait);
            }
            if (lease.tryAcquire("race", base.plusSeconds(i), Duration.ofMinutes(1))) {
                won.add(i);
                lease.release("race");
            }
        }
        return won;
    }
}
