package dev.esi4j.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * Creates esi4j's tables at startup with the DDL script esi-jpa ships for the database in use
 * ({@code META-INF/esi4j/sql/<h2|postgresql|mariadb>/V1__create.sql}), unless they exist already. Convenient for a
 * demo; a production application applies those scripts with its migration tool (Flyway can read them as they are).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoSchema {

    private static final System.Logger LOG = System.getLogger("dev.esi4j.demo");

    @Resource(lookup = DatabaseInfo.DATASOURCE)
    private DataSource dataSource;

    @PostConstruct
    void create() {
        try (Connection connection = dataSource.getConnection()) {
            if (tokenTableExists(connection)) {
                return;
            }
            String folder = folderFor(connection.getMetaData().getDatabaseProductName());
            String script = script("META-INF/esi4j/sql/" + folder + "/V1__create.sql");
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(script)) {
                    statement.execute(sql);
                }
            }
            LOG.log(Level.INFO, "esi4j demo: created the esi4j tables with the {0} script", folder);
        } catch (SQLException e) {
            throw new IllegalStateException("esi4j demo: cannot create the esi4j tables: " + e.getMessage(), e);
        }
    }

    private static boolean tokenTableExists(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT COUNT(*) FROM esi_token").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * @param product JDBC database product name
     * @return the script folder of esi-jpa for that database
     */
    static String folderFor(String product) {
        String name = product.toLowerCase(Locale.ROOT);
        if (name.contains("postgres")) {
            return "postgresql";
        }
        if (name.contains("mariadb") || name.contains("mysql")) {
            return "mariadb";
        }
        if (name.contains("h2")) {
            return "h2";
        }
        throw new IllegalStateException("esi4j demo: no esi4j DDL script for database '" + product
                + "' (supported: H2, PostgreSQL, MariaDB/MySQL)");
    }

    /**
     * @param script a DDL script: statements ending in {@code ;}, {@code --} comment lines
     * @return its statements without comments
     */
    static String[] statements(String script) {
        return java.util.Arrays.stream(script.replaceAll("(?m)^\\s*--.*$", "").split(";"))
                .map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    private static String script(String path) {
        try (InputStream in = DemoSchema.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("esi4j demo: " + path + " is not on the class path (esi-jpa missing?)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
