package dev.esi4j.it;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/** Replaces the demo's H2 data source: MariaDB on 127.0.0.1:3306, database {@code test} (started by .ci/services). */
@DataSourceDefinition(
        name = "java:app/jdbc/esi4jDemo",
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "jdbc:mariadb://127.0.0.1:3306/test",
        user = "root",
        password = "",
        minPoolSize = 1,
        maxPoolSize = 8)
@Singleton
public class MariaDbDataSource {
}
