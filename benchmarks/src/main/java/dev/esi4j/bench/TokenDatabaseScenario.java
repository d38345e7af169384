package dev.esi4j.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;

import dev.esi4j.jpa.JpaTokenStore;
import dev.esi4j.scheduler.CleanupRun;
import dev.esi4j.scheduler.TokenCleanup;
import dev.esi4j.simulator.EsiSimulator;
import dev.esi4j.token.TokenService;

/**
 * Token queries ({@code requireScopes}) and the token cleanup job over 100,000 tokens in esi-jpa's schema (H2,
 * PostgreSQL), next to the same work as hand-written SQL.
 */
public final class TokenDatabaseScenario {

    private static final String COUNT_BOTH = "SELECT COUNT(*) FROM (SELECT token_id FROM esi_token_scopes "
            + "WHERE scope_name IN (?, ?) GROUP BY token_id HAVING COUNT(*) = 2) matches";
    private static final String OWNER_ROWS = "SELECT t.*, s.scope_name FROM esi_token t JOIN esi_token_scopes s "
            + "ON s.token_id = t.id WHERE t.owner_name = ? AND t.id IN (SELECT token_id FROM esi_token_scopes "
            + "WHERE scope_name = ?) ORDER BY t.created_at DESC";

    private final Settings settings;
    private final TokenDatabase.Kind kind;

    /**
     * @param settings run size
     * @param kind     database
     */
    public TokenDatabaseScenario(Settings settings, TokenDatabase.Kind kind) {
        this.settings = settings;
        this.kind = kind;
    }

    /**
     * @return the section
     * @throws Exception when the database fails
     */
    public Section run() throws Exception {
        int n = settings.dbTokens();
        Section s = new Section("Token queries and cleanup over " + String.format("%,d", n) + " tokens, " + kind,
                "ms");
        try (EsiSimulator sim = Simulators.start(); TokenDatabase db = new TokenDatabase(kind);
                Connection sql = db.connect()) {
            db.fill(n);
            JpaTokenStore store = JpaTokenStore.create(db.emf());
            TokenService service = Tokens.service(sim.baseUrl(), store);
            var tokens = service.tokens();
            int reps = settings.samples() * 2;
            Stats both = time(reps, () -> tokens.requireScopes(Tokens.SKILLS, Tokens.WALLET).count());
            Stats bothSql = time(reps, () -> count(sql));
            s.row("esi4j requireScopes(skills, wallet).count() (" + n / 5 + " match)", both,
                    Section.ratio(both.median(), bothSql.median()) + " of SQL");
            s.row("hand-written SQL COUNT of the same (one open connection)", bothSql, "");
            Stats owner = time(reps, () -> tokens.forOwner("user-42").requireScopes(Tokens.SKILLS).list().size());
            Stats ownerSql = time(reps, () -> ownerRows(sql));
            s.row("esi4j forOwner(u).requireScopes(skills).list() (" + n / 1000 + " tokens)", owner,
                    Section.ratio(owner.median(), ownerSql.median()) + " of SQL");
            s.row("hand-written SQL SELECT of the same (rows read, not mapped)", ownerSql, "");
            Stats wallet = time(Math.max(1, reps / 2), () -> tokens.requireScopes(Tokens.WALLET).list().size());
            s.row("esi4j requireScopes(wallet).list() (" + n / 5 + " tokens mapped)", wallet, "");
            cleanup(s, db, store, service);
        }
        return s;
    }

    private void cleanup(Section s, TokenDatabase db, JpaTokenStore store, TokenService service) throws Exception {
        cleanupRows(s, db, store, service, settings.dbTokens(), Math.min(3, settings.samples()));
        s.note("Deletes: per 500 ids one transaction with two indexed native statements (scope links, then "
                + "tokens). Before this was changed, a JPQL bulk delete made EclipseLink delete the scope links with "
                + "an `EXISTS` subquery that H2 evaluated against every link row, so the H2 cleanup grew with the "
                + "square of the table (46 s for 10,000 tokens in the first run).");
        s.note("Tokens: a tenth without owner and older than `esi.callback-redirect.max-age` (removed by the first "
                + "step), a tenth expired without refresh token (read in pages of 500, refused by the token service, "
                + "removed in batches), the rest valid (not read). The database is refilled before each cleanup "
                + "sample; the refill is not timed. EclipseLink 4.0.8, resource-local, pool of 16.");
    }

    private double cleanupRows(Section s, TokenDatabase db, JpaTokenStore store, TokenService service, int tokens,
            int rounds) throws Exception {
        double[] job = new double[rounds];
        double[] sql = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            db.fill(tokens);
            db.emf();
            long start = System.nanoTime();
            CleanupRun run = new TokenCleanup(store, service, Duration.ofMinutes(5), 4, null,
                    java.time.Clock.systemUTC()).run();
            job[i] = (System.nanoTime() - start) / 1e6;
            if (run.removed() != tokens / 5) {
                throw new IllegalStateException("cleanup removed " + run.removed() + ", " + run);
            }
            db.fill(tokens);
            start = System.nanoTime();
            deleteSql(db);
            sql[i] = (System.nanoTime() - start) / 1e6;
        }
        Stats jobStats = Stats.of(job);
        Stats sqlStats = Stats.of(sql);
        String size = String.format("%,d", tokens);
        s.row("esi4j TokenCleanup.run() over " + size + " tokens (removes " + String.format("%,d", tokens / 5) + ")",
                jobStats, Section.ratio(jobStats.median(), sqlStats.median()) + " of SQL");
        s.row("hand-written SQL over " + size + " tokens: two DELETE statements", sqlStats, "");
        return jobStats.median();
    }

    private static Stats time(int reps, Callable<?> work) throws Exception {
        work.call();
        double[] ms = new double[reps];
        for (int i = 0; i < reps; i++) {
            long start = System.nanoTime();
            work.call();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return Stats.of(ms);
    }

    private static long count(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(COUNT_BOTH)) {
            p.setString(1, Tokens.SKILLS);
            p.setString(2, Tokens.WALLET);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int ownerRows(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(OWNER_ROWS)) {
            p.setString(1, "user-42");
            p.setString(2, Tokens.SKILLS);
            int rows = 0;
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    private static void deleteSql(TokenDatabase db) throws SQLException {
        Timestamp cutoff = Timestamp.from(Instant.now().minusSeconds(300));
        try (Connection c = db.connect();
                PreparedStatement orphans = c.prepareStatement("DELETE FROM esi_token WHERE owner_name IS NULL "
                        + "AND created_at < ?");
                PreparedStatement dead = c.prepareStatement("DELETE FROM esi_token WHERE expires_at < ? "
                        + "AND refresh_token IS NULL")) {
            orphans.setTimestamp(1, cutoff);
            orphans.executeUpdate();
            dead.setTimestamp(1, Timestamp.from(Instant.now()));
            dead.executeUpdate();
        }
    }
}
