package dev.esi4j.demo;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What the demo's database is: the data source of {@link DemoDataSource} and the persistence unit
 * {@code esi4j-demo} that will hold esi4j's token entities.
 */
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
