package dev.esi4j.scheduler;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.esi4j.EsiException;
import dev.esi4j.scheduler.internal.NodeId;

/**
 * A {@link JobLease} kept in one small table of a database all nodes share (one row per job):
 * <pre>
 * CREATE TABLE esi_job_lease (
 *     job_name   VARCHAR(64)  NOT NULL PRIMARY KEY,
 *     owner_id   VARCHAR(255) NOT NULL,  -- node that took the last slot
 *     run_slot   BIGINT       NOT NULL,  -- that slot, epoch milliseconds
 *     expires_at BIGINT       NOT NULL   -- end of the running lease, epoch milliseconds
 * );
 * </pre>
 * (the same text on H2, PostgreSQL and MariaDB/MySQL; {@link #createTableIfNotExists()} runs it). A node takes a slot
 * with one atomic statement, {@code UPDATE esi_job_lease SET owner_id = ?, run_slot = ?, expires_at = ? WHERE
 * job_name = ? AND run_slot < ? AND expires_at <= ?}: the database row lock lets exactly one concurrent update
 * match, and the update count tells the node whether it won. Each call runs in its own auto-committed statement, so
 * it must not be called inside a JTA transaction (the timer bean runs its jobs without one).
 *
 * <p>The slot comes from the shared schedule, not from node clocks, so a node whose timer fires late still sees the
 * slot taken. Node clocks only bound {@code maxRunTime}, the protection against a node that dies mid-run; keep them
 * synchronised (NTP) to well under that time.
 *
 * @since 0.1
 */
public final class JdbcJobLease implements JobLease {

    /** Default table name. */
    public static final String DEFAULT_TABLE = "esi_job_lease";

    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private final DataSource dataSource;
    private final String table;
    private final String owner;
    private final Clock clock;
    private final Set<String> knownRows = ConcurrentHashMap.newKeySet();

    /**
     * @param dataSource the database shared by all nodes (not enlisted in a transaction when called)
     */
    public JdbcJobLease(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE, NodeId.generate(), Clock.systemUTC());
    }

    /**
     * @param dataSource the database shared by all nodes
     * @param table      table name, optionally schema-qualified ({@code schema.table})
     * @param owner      this node's unique name, stored in the row (at most 255 characters)
     * @param clock      clock for lease expiry
     */
    public JdbcJobLease(DataSource dataSource, String table, String owner, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a table name: " + table);
        }
        this.table = table;
        this.owner = Objects.requireNonNull(owner, "owner");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return this node's name in the {@code owner_id} column */
    public String owner() {
        return owner;
    }

    /** Creates the lease table unless it exists (portable {@code CREATE TABLE IF NOT EXISTS}). */
    public void createTableIfNotExists() {
        String ddl = "CREATE TABLE IF NOT EXISTS " + table + " (job_name VARCHAR(64) NOT NULL PRIMARY KEY,"
                + " owner_id VARCHAR(255) NOT NULL, run_slot BIGINT NOT NULL, expires_at BIGINT NOT NULL)";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(ddl);
            commitIfNeeded(c);
        } catch (SQLException e) {
            throw new EsiException("ESI30020: cannot create the job lease table " + table, e);
        }
    }

    @Override
    public boolean tryAcquire(String job, Instant slot, Duration maxRunTime) {
        ensureRow(job);
        long now = clock.millis();
        String sql = "UPDATE " + table + " SET owner_id = ?, run_slot = ?, expires_at = ?"
                + " WHERE job_name = ? AND run_slot < ? AND expires_at <= ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, owner);
            s.setLong(2, slot.toEpochMilli());
            s.setLong(3, now + maxRunTime.toMillis());
            s.setString(4, job);
            s.setLong(5, slot.toEpochMilli());
            s.setLong(6, now);
            int updated = s.executeUpdate();
            commitIfNeeded(c);
            return updated == 1;
        } catch (SQLException e) {
            throw new EsiException("ESI30021: cannot take the lease of job " + job + " in table " + table, e);
        }
    }

    @Override
    public String describe() {
        return "JdbcJobLease (table " + table + ", node " + owner + ")";
    }

    @Override
    public void release(String job) {
        String sql = "UPDATE " + table + " SET expires_at = ? WHERE job_name = ? AND owner_id = ? AND expires_at > ?";
        long now = clock.millis();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, now);
            s.setString(2, job);
            s.setString(3, owner);
            s.setLong(4, now);
            s.executeUpdate();
            commitIfNeeded(c);
        } catch (SQLException e) {
            throw new EsiException("ESI30022: cannot release the lease of job " + job + " in table " + table, e);
        }
    }

    /** Inserts the job's row once; a concurrent insert by another node is fine (duplicate key ignored). */
    private void ensureRow(String job) {
        if (knownRows.contains(job)) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            if (!rowExists(c, job)) {
                insertRow(c, job);
            }
            knownRows.add(job);
        } catch (SQLException e) {
            throw new EsiException("ESI30023: cannot create the lease row of job " + job + " in table " + table
                    + " (create the table first)", e);
        }
    }

    private boolean rowExists(Connection c, String job) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE job_name = ?")) {
            s.setString(1, job);
            try (ResultSet r = s.executeQuery()) {
                boolean exists = r.next() && r.getLong(1) > 0;
                commitIfNeeded(c);
                return exists;
            }
        }
    }

    private void insertRow(Connection c, String job) throws SQLException {
        String sql = "INSERT INTO " + table + " (job_name, owner_id, run_slot, expires_at) VALUES (?, '', 0, 0)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, job);
            s.executeUpdate();
            commitIfNeeded(c);
        } catch (SQLException e) {
            if (!isDuplicateKey(e)) {
                throw e;
            }
            rollbackIfNeeded(c);
        }
    }

    private static boolean isDuplicateKey(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private static void commitIfNeeded(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.commit();
        }
    }

    private static void rollbackIfNeeded(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.rollback();
        }
    }
}
