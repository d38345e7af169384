package dev.esi4j.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Creates the PostgreSQL schema a server's run uses (see {@link PostgresDataSource}), from the test JVM. */
final class PostgresSchemas {

    private PostgresSchemas() {
    }

    /** @return the data source class of the current server, after creating its schema if needed */
    static Class<?> dataSourceForCurrentServer() {
        boolean wildfly = "wildfly".equals(Servers.current());
        String schema = wildfly ? "esi4j_wildfly" : "esi4j_payara";
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 (database test, user postgres) is needed "
                    + "for this suite; .ci/services starts it: " + e.getMessage(), e);
        }
        return wildfly ? PostgresWildFlyDataSource.class : PostgresDataSource.class;
    }
}
