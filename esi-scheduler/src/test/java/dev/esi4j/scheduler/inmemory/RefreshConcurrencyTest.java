package dev.esi4j.scheduler.inmemory;

import static dev.esi4j.token.testing.TokenFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.scheduler.CleanupRun;
import dev.esi4j.scheduler.TokenCleanup;
import dev.esi4j.sso.AccessTokenClaims;
import dev.esi4j.sso.AuthorizationRequest;
import dev.esi4j.sso.SsoClient;
import dev.esi4j.sso.SsoTokens;
import dev.esi4j.token.InMemoryTokenStore;
import dev.esi4j.token.TokenService;
import dev.esi4j.token.testing.TokenFixtures.MutableClock;

/** Refreshes run in parallel up to the configured concurrency and never beyond it. */
class RefreshConcurrencyTest {

    private static final int CONCURRENCY = 3;
    private final MutableClock clock = new MutableClock(T0);

    /** Counts refreshes in flight; the first {@code CONCURRENCY} wait until all of them are in flight together. */
    private final class CountingSso implements SsoClient {
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger maxInFlight = new AtomicInteger();
        final CountDownLatch allIn = new CountDownLatch(CONCURRENCY);

        @Override
        public SsoTokens refresh(String refreshToken) {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            allIn.countDown();
            try {
                allIn.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            long character = Long.parseLong(refreshToken.substring(3));
            inFlight.decrementAndGet();
            return sso("AT-new", "RT-new", character, OWNER_A, clock.instant().plusSeconds(1199), A);
        }

        @Override
        public AuthorizationRequest startAuthorization(Collection<String> scopes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SsoTokens exchangeCode(String code, String codeVerifier) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void revoke(String refreshToken) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AccessTokenClaims verify(String accessToken) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void fortyExpiredTokens_refreshedWithExactlyTheConfiguredParallelism() {
        CountingSso sso = new CountingSso();
        InMemoryTokenStore store = new InMemoryTokenStore();
        EsiConfig config = EsiConfig.builder().set(EsiConfigKeys.SSO_CLIENT_ID, "client-0001")
                .set(EsiConfigKeys.SSO_CLIENT_SECRET, "secret-0001")
                .set(EsiConfigKeys.SSO_CALLBACK_URL, "https://app.test/sso/callback/").build();
        TokenService service = TokenService.builder().store(store).sso(sso).config(config).clock(clock).build();
        for (long c = 1; c <= 40; c++) {
            service.saveLogin(sso("AT-" + c, "RT-" + c, c, OWNER_A, clock.instant().minusSeconds(60), A), U1);
        }

        CleanupRun run = new TokenCleanup(store, service, Duration.ofMinutes(5), CONCURRENCY, null, clock).run();

        assertThat(run.refreshed()).isEqualTo(40);
        assertThat(sso.maxInFlight.get()).isEqualTo(CONCURRENCY);
    }
}
