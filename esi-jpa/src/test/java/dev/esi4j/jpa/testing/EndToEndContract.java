package dev.esi4j.jpa.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.jpa.JpaTokenStore;
import dev.esi4j.simulator.Fault;
import dev.esi4j.sso.SsoException;
import dev.esi4j.token.Token;
import dev.esi4j.token.TokenInvalidException;
import dev.esi4j.token.TokenService;

/** CASES area A end to end: real SSO client, simulator, JPA store. */
public abstract class EndToEndContract extends SimulatorContract {

    @Test
    @DisplayName("B01 e2e: each refresh posts the refresh token stored by the previous one; spent ones are refused")
    void b01_rotation_endToEnd() {
        Token t1 = login(A);
        String rt1 = stored(t1).refreshToken();
        String at1 = expire(t1).validAccessToken();
        String rt2 = stored(t1).refreshToken();
        assertThat(rt2).isNotEqualTo(rt1);
        String at2 = expire(t1).validAccessToken();
        assertThat(at2).isNotEqualTo(at1);
        assertThat(refreshTokensPosted()).containsExactly(rt1, rt2);
        assertThat(sso.verify(at2).characterId()).isEqualTo(CHAR_A);
        assertSpent(rt1);
    }

    @Test
    @DisplayName("B02 e2e: revoked grants: refresh-or-delete deletes the token without an exception")
    void b02_revokedGrant_deleted() {
        Token t1 = login(A);
        sim.sso().revokeGrants(CHAR_A);
        t1 = expire(t1);
        assertThatThrownBy(t1::validAccessToken).isInstanceOf(TokenInvalidException.class);
        assertThat(service.refreshOrDelete(t1)).isEmpty();
        assertThat(store.findOptionalById(t1.id().orElseThrow())).isEmpty();
    }

    static Stream<Fault> transientFaults() {
        return Stream.of(Fault.response(500, "text/plain", "internal error ref 0000"),
                Fault.response(400, "application/json", "{}"), Fault.html(502), Fault.connectionReset(),
                Fault.response(200, "application/json", "{\"token_type\":\"Bearer\"}"));
    }

    @ParameterizedTest
    @MethodSource("transientFaults")
    @DisplayName("B04 e2e: transient or malformed SSO answers keep the token and its refresh token; then healthy")
    void b04_transientFaults_tokenKept(Fault fault) {
        Token t1 = login(A);
        String rt1 = stored(t1).refreshToken();
        t1 = expire(t1);
        sim.faults().on(TOKEN_ENDPOINT).inject(fault);
        assertThatThrownBy(t1::validAccessToken).isInstanceOf(SsoException.class)
                .isNotInstanceOf(dev.esi4j.sso.InvalidGrantException.class);
        assertThat(service.tokens().requireValid()).isEmpty();
        assertThat(stored(t1).refreshToken()).isEqualTo(rt1);
        sim.faults().clear();
        assertThat(service.tokens().requireValid()).hasSize(1);
        assertThat(stored(t1).refreshToken()).isNotEqualTo(rt1);
    }

    @Test
    @DisplayName("B16 e2e: the character changed account: refresh refused as invalid, event fired, token deleted")
    void b16_ownerChanged_invalid() {
        Token t1 = login(A);
        sim.sso().changeOwner(CHAR_A, "OWNER-Z");
        expire(t1);
        assertThat(service.tokens().forOwner("U1").requireValid()).isEmpty();
        assertThat(store.findOptionalById(t1.id().orElseThrow())).isEmpty();
        assertThat(events).singleElement().extracting(e -> e.newOwnerHash()).isEqualTo("OWNER-Z");
    }

    @Test
    @DisplayName("MISSION 2.6 e2e: deleting a token revokes its refresh token at the SSO when configured")
    void revokeOnDelete_endToEnd() {
        service = service(store, Map.of(EsiConfigKeys.SSO_REVOKE_ON_DELETE, "true"));
        Token t1 = login(A, B);
        String rt = stored(t1).refreshToken();
        assertThat(service.delete(t1)).isTrue();
        assertThat(sim.journal().count("/v2/oauth/revoke")).isEqualTo(1);
        assertSpent(rt);
    }

    @Test
    @DisplayName("B07 e2e: 50 threads on node 1 and 4 on node 2 (own EntityManagerFactory): one refresh request")
    void b07_fiftyThreadsTwoNodes_oneRefreshRequest() throws Exception {
        Token t1 = login(A);
        long id = t1.id().orElseThrow();
        expire(t1);
        TokenService node2 = service(JpaTokenStore.create(db().newEmf()), Map.of());
        TokenService node1 = service(store, Map.of());
        sim.faults().on(TOKEN_ENDPOINT).times(1).inject(Fault.passThrough().withDelay(java.time.Duration.ofMillis(300)));
        ExecutorService pool = Executors.newFixedThreadPool(54);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 54; i++) {
                TokenService on = i % 13 == 0 && i > 0 ? node2 : node1;
                results.add(pool.submit((Callable<String>) () -> on.findOptionalById(id).orElseThrow()
                        .validAccessToken()));
            }
            List<String> tokens = new ArrayList<>();
            for (Future<String> result : results) {
                tokens.add(result.get());
            }
            assertSameElements(tokens, tokens.get(0));
        } finally {
            pool.shutdownNow();
        }
        assertThat(sim.journal().count(TOKEN_ENDPOINT)).isEqualTo(1);
        assertThat(store.findOptionalById(id)).isPresent();
        assertThat(refreshTokensPosted()).hasSize(1);
    }
}
