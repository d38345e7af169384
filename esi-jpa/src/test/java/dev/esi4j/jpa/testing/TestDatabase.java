package dev.esi4j.jpa.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

/**
 * A private schema on one of the test databases (H2 in memory; PostgreSQL and MariaDB on the CI machine), created
 * from the shipped DDL script, with EntityManagerFactories of the test persistence unit. Each factory has its own
 * EclipseLink session and connection pool, so two factories behave like two cluster nodes.
 */
public final class TestDatabase implements AutoCloseable {

    /** Supported databases and their script folders. */
    public enum Kind { H2, POSTGRESQL, MARIADB }

    private final Kind kind;
    private final String name;
    private final String url;
    private final String user;
    private final List<EntityManagerFactory> factories = new ArrayList<>();
    private EntityManagerFactory first;

    private TestDatabase(Kind kind, String name, String url, String user) {
        this.kind = kind;
        this.name = name;
        this.url = url;
        this.user = user;
    }

    public static TestDatabase create(Kind kind) {
        String name = "esi_tokens_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        TestDatabase db = switch (kind) {
            case H2 -> new TestDatabase(kind, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000",
                    "sa");
            case POSTGRESQL -> new TestDatabase(kind, name,
                    "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + name, "postgres");
            case MARIADB -> new TestDatabase(kind, name, "jdbc:mariadb://127.0.0.1:3306/" + name, "root");
        };
        db.admin("CREATE SCHEMA " + name, "CREATE DATABASE " + name);
        db.runScript("META-INF/esi4j/sql/" + kind.name().toLowerCase() + "/V1__create.sql");
        return db;
    }

    public Kind kind() {
        return kind;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    /** @return the first factory ("node 1") */
    public synchronized EntityManagerFactory emf() {
        if (first == null) {
            first = newEmf();
        }
        return first;
    }

    /** @return a new factory with its own session, cache and connection pool ("another node") */
    public synchronized EntityManagerFactory newEmf() {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.jdbc.url", url);
        props.put("jakarta.persistence.jdbc.user", user);
        props.put("jakarta.persistence.jdbc.password", "");
        props.put("eclipselink.session-name", name + "-" + factories.size());
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(
                "hibernate".equals(System.getProperty("esi.jpa.provider")) ? "esi-test-hibernate" : "esi-test", props);
        factories.add(emf);
        return emf;
    }

    /** Empties every esi table (keeps the id sequence). @return this */
    public TestDatabase clean() {
        sql("DELETE FROM esi_token_scopes", "DELETE FROM esi_token", "DELETE FROM esi_scope",
                "DELETE FROM esi_callback_redirect");
        return this;
    }

    public void sql(String... statements) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void runScript(String resource) {
        try (InputStream in = TestDatabase.class.getClassLoader().getResourceAsStream(resource)) {
            String script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> statements = new ArrayList<>();
            for (String part : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!part.isBlank()) {
                    statements.add(part.trim());
                }
            }
            sql(statements.toArray(String[]::new));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void admin(String pgStatement, String mariaStatement) {
        String adminUrl = switch (kind) {
            case H2 -> null;
            case POSTGRESQL -> "jdbc:postgresql://127.0.0.1:5432/test";
            case MARIADB -> "jdbc:mariadb://127.0.0.1:3306/test";
        };
        if (adminUrl == null) {
            return;
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, ""); Statement s = c.createStatement()) {
            s.execute(kind == Kind.POSTGRESQL ? pgStatement : mariaStatement);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database " + kind + " is not available: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        factories.forEach(EntityManagerFactory::close);
        if (kind == Kind.H2) {
            sql("SHUTDOWN");
        } else {
            admin("DROP SCHEMA " + name + " CASCADE", "DROP DATABASE " + name);
        }
    }
}
