package dev.esi4j.scheduler.lease;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.esi4j.scheduler.JdbcJobLease;

/**
 * One job runner in its own JVM: for slot 1..n it waits at a barrier kept in the database until every runner
 * reached the slot (as timers of several servers fire together), then tries the lease, and prints each slot it won.
 * Started by {@link TwoProcessesSharingOneDatabaseTest}.
 */
public final class LeaseNodeMain {

    private LeaseNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String owner = args[1];
        int slots = Integer.parseInt(args[2]);
        int runners = Integer.parseInt(args[3]);
        for (long slot : runSlots(url, owner, slots, runners)) {
            System.out.println("won " + slot);
        }
        System.out.flush();
    }

    static List<Long> runSlots(String url, String owner, int slots, int runners) throws Exception {
        DataSource ds = Databases.h2Pooled(url);
        JdbcJobLease lease = new JdbcJobLease(ds, JdbcJobLease.DEFAULT_TABLE, owner, Clock.systemUTC());
        List<Long> won = new ArrayList<>();
        Instant base = Instant.parse("2026-12-03T00:00:00Z");
        for (long i = 1; i <= slots; i++) {
            awaitAll(ds, owner, i, runners);
            if (lease.tryAcquire("race", base.plusSeconds(i), Duration.ofMinutes(1))) {
                won.add(i);
                lease.release("race");
            }
        }
        return won;
    }

    /** Marks this runner as arrived at the slot and waits until all runners have. */
    private static void awaitAll(DataSource ds, String owner, long slot, int runners)
            throws SQLException, InterruptedException {
        try (Connection c = ds.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO lease_barrier (owner_id, slot) KEY (owner_id)"
                    + " VALUES (?, ?)")) {
                s.setString(1, owner);
                s.setLong(2, slot);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM lease_barrier WHERE slot >= ?")) {
                s.setLong(1, slot);
                long deadline = System.currentTimeMillis() + 30_000;
                while (true) {
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        if (r.getLong(1) >= runners) {
                            return;
                        }
                    }
                    if (System.currentTimeMillis() > deadline) {
                        throw new IllegalStateException("barrier timeout at slot " + slot);
                    }
                    Thread.sleep(1);
                }
            }
        }
    }
}
