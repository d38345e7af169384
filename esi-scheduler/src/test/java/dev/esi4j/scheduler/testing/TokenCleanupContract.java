package dev.esi4j.scheduler.testing;

import static dev.esi4j.token.testing.TokenFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.scheduler.CleanupJob;
import dev.esi4j.scheduler.CleanupRun;
import dev.esi4j.scheduler.TokenCleanup;
import dev.esi4j.sso.JwtValidationException;
import dev.esi4j.sso.SsoConfigurationException;
import dev.esi4j.sso.SsoUnavailableException;
import dev.esi4j.token.Token;
import dev.esi4j.token.testing.TokenServiceContract;

/**
 * The token cleanup job (MISSION 6.2) against any token store: in memory here, JPA on H2, PostgreSQL and MariaDB in
 * the integration tests. Reuses the token SPI's fixtures (CASES B01, B02, B04, B05, B16).
 */
public abstract class TokenCleanupContract extends TokenServiceContract {

    protected static final Duration ORPHAN_AGE = Duration.ofSeconds(300);

    protected TokenCleanup job(int concurrency) {
        return new TokenCleanup(store, service, ORPHAN_AGE, concurrency, null, clock);
    }

    protected CleanupRun runCleanup() {
        return job(4).run();
    }

    @Test
    @DisplayName("ownerless (single-use/orphaned) tokens past use are deleted; young ones and owned ones stay")
    void ownerlessTokensOlderThanMaxAge_deleted() {
        Token old1 = login(null, "AT-1", "RT-1", CHAR_A, Duration.ofHours(2), A);
        Token old2 = login(null, "AT-2", null, CHAR_B, Duration.ofHours(2), A);
        clock.advance(ORPHAN_AGE.plusSeconds(1));
        Token young = login(null, "AT-3", "RT-3", CHAR_A, Duration.ofHours(2), A);
        Token owned = login(U1, "AT-4", "RT-4", CHAR_A, Duration.ofHours(2), B);

        CleanupRun run = runCleanup();

        assertGone(store, old1);
        assertGone(store, old2);
        assertThat(store.findOptionalById(young.id().orElseThrow())).isPresent();
        assertThat(store.findOptionalById(owned.id().orElseThrow())).isPresent();
        assertThat(run.removed()).isEqualTo(2);
        assertThat(run.job()).isEqualTo(CleanupJob.TOKENS);
        assertThat(run.completed()).isTrue();
        assertThat(sso.refreshCalls).isEmpty();
    }

    @Test
    @DisplayName("B01: an expired token is refreshed, its rotated refresh token stored, and it stays")
    void expiredToken_refreshedAndKept() {
        Token token = expiredToken(U1, "RT-1", A);
        sso.answer("RT-1", fresh("AT-1", "RT-2"));

        CleanupRun run = runCleanup();

        assertThat(run.refreshed()).isEqualTo(1);
        assertThat(run.removed()).isZero();
        assertThat(stored(token).refreshToken()).isEqualTo("RT-2");
        assertThat(stored(token).expiresAt()).isAfter(clock.instant());
    }

    @Test
    @DisplayName("B02: an expired token whose refresh the SSO refuses (invalid_grant) is deleted")
    void expiredTokenRefusedBySso_deleted() {
        Token token = expiredToken(U1, "RT-1", A);

        CleanupRun run = runCleanup();

        assertGone(store, token);
        assertThat(run.removed()).isEqualTo(1);
        assertThat(run.refreshed()).isZero();
    }

    @Test
    @DisplayName("B05: an expired token without refresh token is deleted without an SSO call")
    void expiredTokenWithoutRefreshToken_deleted() {
        Token token = login(U1, "AT-0", null, CHAR_A, Duration.ofSeconds(-60), A);

        CleanupRun run = runCleanup();

        assertGone(store, token);
        assertThat(run.removed()).isEqualTo(1);
        assertThat(sso.refreshCalls).isEmpty();
    }

    @Test
    @DisplayName("B04: tokens whose refresh fails transiently (SSO down, JWKS unreachable) are kept and counted")
    void expiredTokensWithTransientFailures_keptAndCounted() {
        Token down = expiredToken(U1, "RT-1", A);
        Token jwks = login(U2, "AT-0", "RT-2", CHAR_B, Duration.ofSeconds(-60), A);
        sso.fail("RT-1", new SsoUnavailableException("SSO answered 503", null, null));
        sso.fail("RT-2", new JwtValidationException("JWKS unreachable"));

        CleanupRun run = runCleanup();

        assertThat(store.findOptionalById(down.id().orElseThrow())).isPresent();
        assertThat(store.findOptionalById(jwks.id().orElseThrow())).isPresent();
        assertThat(run.failures()).isEqualTo(2);
        assertThat(run.removed()).isZero();
        assertThat(run.completed()).isTrue();
    }

    @Test
    @DisplayName("B16: an expired token whose character changed owner is deleted and the change reported")
    void expiredTokenOfTransferredCharacter_deleted() {
        Token token = expiredToken(U1, "RT-1", A);
        sso.answer("RT-1", sso("AT-1", "RT-2", CHAR_A, OWNER_B, clock.instant().plusSeconds(1199), A));

        CleanupRun run = runCleanup();

        assertGone(store, token);
        assertThat(run.removed()).isEqualTo(1);
        assertThat(events).hasSize(1);
    }

    @Test
    @DisplayName("refused client credentials stop the run and delete nothing")
    void clientCredentialsRefused_runFailsAndKeepsTokens() {
        Token token = expiredToken(U1, "RT-1", A);
        sso.fail("RT-1", new SsoConfigurationException("invalid_client"));

        assertThatThrownBy(() -> runCleanup()).isInstanceOf(SsoConfigurationException.class);
        assertThat(store.findOptionalById(token.id().orElseThrow())).isPresent();
    }

    @Test
    @DisplayName("valid tokens are neither refreshed nor deleted")
    void validTokens_untouched() {
        Token token = login(U1, "AT-1", "RT-1", CHAR_A, Duration.ofMinutes(10), A);

        CleanupRun run = runCleanup();

        assertThat(store.findOptionalById(token.id().orElseThrow())).isPresent();
        assertThat(sso.refreshCalls).isEmpty();
        assertThat(run.removed() + run.refreshed() + run.failures()).isZero();
    }

    @Test
    @DisplayName("several pages of expired tokens: each is tried exactly once, outcomes sorted per token")
    void manyPagesOfMixedOutcomes_eachTokenHandledOnce() {
        int n = TokenCleanup.PAGE_SIZE * 2 + 234;
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tokens.add(login(U1, "AT-" + i, "RT-" + i, 3_000_000_000L + i, Duration.ofSeconds(-60), A));
            if (i % 3 == 0) {
                sso.answer("RT-" + i, sso("AT-" + i + "b", "RT-" + i + "b", 3_000_000_000L + i, OWNER_A,
                        clock.instant().plusSeconds(1199), A));
            } else if (i % 3 == 1) {
                sso.fail("RT-" + i, new SsoUnavailableException("503", null, null));
            }
        }

        CleanupRun run = job(3).run();

        assertThat(sso.refreshCalls).hasSize(n).doesNotHaveDuplicates();
        long expectRefreshed = (n + 2) / 3;
        long expectFailed = (n + 1) / 3;
        assertThat(run.refreshed()).isEqualTo(expectRefreshed);
        assertThat(run.failures()).isEqualTo(expectFailed);
        assertThat(run.removed()).isEqualTo(n - expectRefreshed - expectFailed);
        assertThat(store.countBy(dev.esi4j.token.TokenCriteria.ALL)).isEqualTo(expectRefreshed + expectFailed);
    }
}
