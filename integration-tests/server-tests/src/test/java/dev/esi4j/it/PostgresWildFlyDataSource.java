package dev.esi4j.it;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * WildFly's replacement of the demo's H2 data source: PostgreSQL on 127.0.0.1:5432, database {@code test} (started by .ci/services),
 * schema {@code esi4j_wildfly} (created by {@link PostgresSchemas}): EclipseLink and Hibernate read esi-jpa's id table
 * differently, so the two servers' runs keep their tokens apart.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/esi4jDemo",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=esi4j_wildfly",
        user = "postgres",
        password = "",
        minPoolSize = 1,
        maxPoolSize = 8)
@Singleton
public class PostgresWildFlyDataSource {
}
