package dev.esi4j.demo;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The demo's database: an embedded H2 defined by the application itself, and the persistence unit
 * {@code esi4j-demo} that will hold esi4j's token entities. Tests replace this class to point at PostgreSQL or
 * MariaDB.
 */
@DataSourceDefinition(
        name = DatabaseInfo.DATASOURCE,
        className = "org.h2.jdbcx.JdbcDataSource",
        url = "jdbc:h2:mem:esi4j-demo;DB_CLOSE_DELAY=-1",
        user = "sa",
        password = "sa",
        minPoolSize = 1,
        maxPoolSize = 16)
@Stateless
public class DatabaseInfo {

    /** JNDI name of the demo's data source. */
    public static final String DATASOURCE = "java:app/jdbc/esi4jDemo";

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @PersistenceContext(unitName = "esi4j-demo")
    private EntityManager entityManager;

    /** @return product name and version of the database, e.g. {@code H2 2.3.232 (2024-08-11)} */
    public String product() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            return "unavailable: " + e.getMessage();
        }
    }

    /** @return whether a query through the persistence unit succeeds */
    public boolean persistenceUnitWorks() {
        Object one = entityManager.createNativeQuery("SELECT 1").getSingleResult();
        return one instanceof Number n && n.intValue() == 1;
    }
}
