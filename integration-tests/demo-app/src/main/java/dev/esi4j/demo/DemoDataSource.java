package dev.esi4j.demo;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The demo's data source, defined by the application itself: an embedded in-memory H2 (its driver is in
 * {@code WEB-INF/lib}). The server suites replace this one class to run the demo on PostgreSQL or MariaDB.
 */
@DataSourceDefinition(
        name = DatabaseInfo.DATASOURCE,
        className = "org.h2.jdbcx.JdbcDataSource",
        url = "jdbc:h2:mem:esi4j-demo;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        user = "sa",
        password = "sa",
        minPoolSize = 1,
        maxPoolSize = 16)
@Singleton
public class DemoDataSource {
}
