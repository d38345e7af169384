package dev.esi4j.scheduler.lease;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Data sources of the test databases. PostgreSQL and MariaDB are the local servers CI starts (override with
 * {@code -Desi.test.postgresql.url=...} / {@code -Desi.test.mariadb.url=...}).
 */
public final class Databases {

    private Databases() {
    }

    /** @return a new data source each call, all pointing at the same database URL */
    public static DataSource h2(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        return ds;
    }

    /** @return a pooled data source (connections kept open, as on a server) */
    public static DataSource h2Pooled(String url) {
        return org.h2.jdbcx.JdbcConnectionPool.create(url, "sa", "");
    }

    public static DataSource postgresql() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(System.getProperty("esi.test.postgresql.url", "jdbc:postgresql://127.0.0.1:5432/test"));
        ds.setUser(System.getProperty("esi.test.postgresql.user", "postgres"));
        return ds;
    }

    public static DataSource mariadb() {
        try {
            MariaDbDataSource ds = new MariaDbDataSource();
            ds.setUrl(System.getProperty("esi.test.mariadb.url", "jdbc:mariadb://127.0.0.1:3306/test"));
            ds.setUser(System.getProperty("esi.test.mariadb.user", "root"));
            ds.setPassword(System.getProperty("esi.test.mariadb.password", ""));
            return ds;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a table name no other test (or helper sharing the server) uses */
    public static String uniqueTable() {
        return "esi_job_lease_t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static void drop(DataSource ds, String table) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TABLE IF EXISTS " + table);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
