package dev.esi4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

/**
 * A private schema (H2 in memory, or a dedicated schema on the local PostgreSQL, dropped at the end) created from
 * esi-jpa's DDL script and filled with JDBC batches.
 */
public final class TokenDatabase implements AutoCloseable {

    /** The databases measured. */
    public enum Kind { H2, POSTGRESQL }

    private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test";

    private final Kind kind;
    private final String schema = "esi_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String url;
    private final String user;
    private EntityManagerFactory emf;

    /**
     * @param kind which database
     * @throws SQLException when it is unreachable
     */
    public TokenDatabase(Kind kind) throws SQLException {
        this.kind = kind;
        if (kind == Kind.H2) {
            url = "jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000";
            user = "sa";
        } else {
            url = PG_ADMIN + "?currentSchema=" + schema;
            user = "postgres";
            try (Connection c = DriverManager.getConnection(PG_ADMIN, user, ""); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
        }
        runScript("META-INF/esi4j/sql/" + kind.name().toLowerCase() + "/V1__create.sql");
    }

    /** @return a JDBC connection to the schema */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, "");
    }

    /** @return the factory of the benchmark persistence unit on this schema (its cache emptied) */
    public synchronized EntityManagerFactory emf() {
        if (emf == null) {
            emf = Persistence.createEntityManagerFactory("esi-bench", Map.of("jakarta.persistence.jdbc.url", url,
                    "jakarta.persistence.jdbc.user", user, "jakarta.persistence.jdbc.password", "",
                    "eclipselink.session-name", schema));
        }
        emf.getCache().evictAll();
        return emf;
    }

    /**
     * Empties the tables and inserts {@code count} tokens: every tenth without owner and an hour old, every tenth
     * (next) expired without refresh token, the rest valid with owners {@code user-0..user-999}; all have
     * {@link Tokens#SKILLS}, two in ten also {@link Tokens#WALLET}.
     *
     * @param count tokens
     * @throws SQLException when a statement fails
     */
    public void fill(int count) throws SQLException {
        Instant now = Instant.now();
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM esi_token_scopes");
                s.execute("DELETE FROM esi_token");
                s.execute("DELETE FROM esi_scope");
                s.execute("INSERT INTO esi_scope (name, help_text) VALUES ('" + Tokens.SKILLS + "', 'skills'), ('"
                        + Tokens.WALLET + "', 'wallet')");
                s.execute("UPDATE esi_id_sequence SET seq_value = " + (count + 1) + " WHERE seq_name = 'esi_token'");
            }
            insertTokens(c, count, now);
            c.commit();
        }
    }

    private static void insertTokens(Connection c, int count, Instant now) throws SQLException {
        try (PreparedStatement t = c.prepareStatement("INSERT INTO esi_token (id, character_id, character_name, "
                + "character_owner_hash, token_type, owner_name, access_token, refresh_token, expires_at, "
                + "created_at, updated_at, sso_version) VALUES (?, ?, ?, ?, 'CHARACTER', ?, 'not-a-jwt', ?, ?, ?, ?, 2)");
                PreparedStatement sc = c.prepareStatement("INSERT INTO esi_token_scopes (token_id, scope_name) "
                        + "VALUES (?, ?)")) {
            for (int i = 1; i <= count; i++) {
                int kind = i % 10;
                t.setLong(1, i);
                t.setLong(2, Tokens.PILOT.id());
                t.setString(3, Tokens.PILOT.name());
                t.setString(4, Tokens.PILOT.ownerHash());
                t.setString(5, kind == 0 ? null : "user-" + i % 1000);
                t.setString(6, kind == 1 ? null : "refresh-" + i);
                t.setTimestamp(7, Timestamp.from(kind == 1 ? now.minusSeconds(3600) : now.plusSeconds(86_400)));
                Timestamp created = Timestamp.from(now.minusSeconds(3600));
                t.setTimestamp(8, created);
                t.setTimestamp(9, created);
                t.addBatch();
                scope(sc, i, Tokens.SKILLS);
                if (kind == 2 || kind == 3) {
                    scope(sc, i, Tokens.WALLET);
                }
                if (i % 1000 == 0 || i == count) {
                    t.executeBatch();
                    sc.executeBatch();
                }
            }
        }
    }

    private static void scope(PreparedStatement sc, long id, String scope) throws SQLException {
        sc.setLong(1, id);
        sc.setString(2, scope);
        sc.addBatch();
    }

    private void runScript(String resource) throws SQLException {
        String script;
        try (InputStream in = TokenDatabase.class.getClassLoader().getResourceAsStream(resource)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("cannot read " + resource, e);
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String part : script.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!part.isBlank()) {
                    s.execute(part.trim());
                }
            }
        }
    }

    /** @return which database */
    public Kind kind() {
        return kind;
    }

    @Override
    public void close() throws SQLException {
        if (emf != null) {
            emf.close();
        }
        if (kind == Kind.H2) {
            try (Connection c = connect(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
        } else {
            try (Connection c = DriverManager.getConnection(PG_ADMIN, user, ""); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
