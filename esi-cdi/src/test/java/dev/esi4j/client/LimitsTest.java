package dev.esi4j.client;

import static dev.esi4j.testing.StubEsi.Resp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.EsiClient;
import dev.esi4j.ErrorLimitedException;
import dev.esi4j.EsiHttpException;
import dev.esi4j.RateLimitedException;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.testing.FakeTime;
import dev.esi4j.testing.StubEsi;
import dev.esi4j.testing.TestClients;
import dev.esi4j.testing.TestTokens;
import dev.esi4j.testing.TestTokens.Fake;

class LimitsTest {

    private static final String STRUCTURE = "/universe/structures/1099999999991";
    private static final String WALLET = "/characters/2147000001/wallet";

    private final StubEsi stub = new StubEsi();
    private final FakeTime time = new FakeTime();
    private EsiClient esi = client("wait");
    private final Fake walletToken = new Fake(TestTokens.CHAR_A, "AT-1", "esi-wallet.read_character_wallet.v1");
    private final String structureToken = TestTokens.jwt(TestTokens.CHAR_A, "esi-universe.read_structures.v1");

    private EsiClient client(String mode) {
        return TestClients.client(stub, time, EsiConfigKeys.CACHE_RESPONSE, "false",
                EsiConfigKeys.ERROR_LIMIT_MODE, mode, EsiConfigKeys.RATE_LIMIT_MODE, mode,
                EsiConfigKeys.ERROR_LIMIT_THRESHOLD, "10");
    }

    @AfterEach
    void close() {
        esi.close();
        stub.close();
    }

    private void structureErrors() {
        AtomicInteger remain = new AtomicInteger(13);
        stub.on("GET " + STRUCTURE, r -> json(404, "{\"error\":\"not found\"}")
                .with("X-ESI-Error-Limit-Remain", String.valueOf(remain.decrementAndGet()))
                .with("X-ESI-Error-Limit-Reset", "40"));
        stub.on("GET /status", r -> json(200, "{}"));
    }

    private void callStructure() {
        assertThatThrownBy(() -> esi.operation("GetUniverseStructuresStructureId")
                .param("structure_id", 1099999999991L).accessToken(structureToken).result())
                .isInstanceOf(EsiHttpException.class);
    }

    @Test
    @DisplayName("B37: once Remain <= threshold, the next call (any route) waits until Reset")
    void b37_lowRemain_pausesAllCalls() {
        structureErrors();
        callStructure();
        callStructure();
        assertThat(time.sleeps()).isEmpty();
        callStructure();
        assertThat(time.sleeps()).isEmpty();
        esi.operation("GetStatus").result();
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(40));
    }

    @Test
    @DisplayName("B37: fail-fast mode raises ErrorLimitedException without sending")
    void b37_failMode_failsFastWithoutRequest() {
        esi.close();
        esi = client("fail");
        structureErrors();
        callStructure();
        callStructure();
        callStructure();
        int sent = stub.requests().size();
        assertThatThrownBy(() -> esi.operation("GetStatus").result()).isInstanceOf(ErrorLimitedException.class)
                .satisfies(e -> assertThat(((ErrorLimitedException) e).reset()).isEqualTo(Duration.ofSeconds(40)));
        assertThat(stub.requests()).hasSize(sent);
        time.advance(Duration.ofSeconds(41));
        esi.operation("GetStatus").result();
        assertThat(stub.requests()).hasSize(sent + 1);
    }

    @Test
    @DisplayName("B37: a 420 raises a dedicated error with the reset, is not retried, and blocks the process")
    void b37_420_dedicatedErrorNoRetryThenResume() {
        esi.close();
        esi = client("fail");
        stub.on("GET /status", r -> json(420, "{\"error\":\"error limited\"}").with("X-ESI-Error-Limit-Remain", "0")
                .with("X-ESI-Error-Limit-Reset", "37"));
        assertThatThrownBy(() -> esi.operation("GetStatus").result()).isInstanceOf(ErrorLimitedException.class)
                .satisfies(e -> assertThat(((ErrorLimitedException) e).reset()).isEqualTo(Duration.ofSeconds(37)));
        assertThat(stub.requests()).hasSize(1);
        stub.on("GET /universe/factions", r -> json(200, "[]"));
        assertThatThrownBy(() -> esi.operation("GetUniverseFactions").result())
                .isInstanceOf(ErrorLimitedException.class);
        assertThat(stub.requests()).hasSize(1);
        time.advance(Duration.ofSeconds(37));
        esi.operation("GetUniverseFactions").result();
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    @DisplayName("B39a: 429 Retry-After 7 -> the single retry waits 7 s; other groups are not blocked")
    void b39a_retryAfter_waitsThenSucceeds() {
        AtomicInteger n = new AtomicInteger();
        stub.on("GET " + WALLET, r -> n.incrementAndGet() == 1 ? json(429, "{\"error\":\"rate limited\"}")
                .with("Retry-After", "7").with("X-Ratelimit-Group", "char-wallet")
                .with("X-Ratelimit-Limit", "150/15m").with("X-Ratelimit-Remaining", "0") : json(200, "12.5"));
        assertThat(esi.operation("GetCharactersCharacterIdWallet").token(walletToken).result().toString())
                .isEqualTo("12.5");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
        assertThat(stub.requests()).hasSize(2);
        assertThat(walletToken.accessCalls.get()).isEqualTo(2);
    }

    @Test
    @DisplayName("B39a: fail-fast -> RateLimitedException(retryAfter=7s, group=char-wallet); other groups still run")
    void b39a_failMode_exceptionCarriesGroupAndDelay() {
        esi.close();
        esi = client("fail");
        stub.on("GET " + WALLET, r -> json(429, "{}").with("Retry-After", "7")
                .with("X-Ratelimit-Group", "char-wallet"));
        stub.on("GET /status", r -> json(200, "{}"));
        assertThatThrownBy(() -> esi.operation("GetCharactersCharacterIdWallet").token(walletToken).result())
                .isInstanceOf(RateLimitedException.class)
                .satisfies(e -> assertThat(((RateLimitedException) e).group()).isEqualTo("char-wallet"))
                .satisfies(e -> assertThat(((RateLimitedException) e).retryAfter()).isEqualTo(Duration.ofSeconds(7)));
        esi.operation("GetStatus").result();
        assertThatThrownBy(() -> esi.operation("GetCharactersCharacterIdWallet").token(walletToken).result())
                .isInstanceOf(RateLimitedException.class);
        assertThat(stub.requests(WALLET)).hasSize(1);
    }

    @Test
    @DisplayName("B39b: 429 without headers -> backoff of at least 1 s, at most 2 retries")
    void b39b_noHeaders_boundedBackoff() {
        stub.on("GET " + WALLET, r -> json(429, "{}"));
        assertThatThrownBy(() -> esi.operation("GetCharactersCharacterIdWallet").token(walletToken).result())
                .isInstanceOf(RateLimitedException.class);
        assertThat(stub.requests()).hasSize(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    @DisplayName("B39c: Retry-After as an HTTP date is parsed")
    void b39c_retryAfterDate_parsed() {
        AtomicInteger n = new AtomicInteger();
        stub.on("GET " + WALLET, r -> n.incrementAndGet() == 1
                ? json(429, "{}").with("Retry-After", FakeTime.http(time.instant().plusSeconds(5)))
                : json(200, "1.0"));
        esi.operation("GetCharactersCharacterIdWallet").token(walletToken).result();
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    @DisplayName("B39d: low X-Ratelimit-Remaining spaces out further calls of that group only")
    void b39d_lowRemaining_spacesGroup() {
        stub.on("GET " + WALLET, r -> json(200, "1.0").with("X-Ratelimit-Group", "char-wallet")
                .with("X-Ratelimit-Limit", "150/15m").with("X-Ratelimit-Remaining", "3"));
        stub.on("GET /status", r -> json(200, "{}"));
        esi.operation("GetCharactersCharacterIdWallet").token(walletToken).result();
        esi.operation("GetStatus").result();
        assertThat(time.sleeps()).isEmpty();
        esi.operation("GetCharactersCharacterIdWallet").token(walletToken).result();
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(12));
        Fake other = new Fake(TestTokens.CHAR_B, "AT-2", "esi-wallet.read_character_wallet.v1");
        stub.on("GET /characters/2147000002/wallet", r -> json(200, "2.0"));
        esi.operation("GetCharactersCharacterIdWallet").token(other).result();
        assertThat(time.sleeps()).hasSize(1);
    }
}
