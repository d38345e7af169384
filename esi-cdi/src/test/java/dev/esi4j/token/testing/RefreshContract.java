package dev.esi4j.token.testing;

import static dev.esi4j.token.testing.TokenFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.esi4j.sso.JwtValidationException;
import dev.esi4j.sso.SsoConfigurationException;
import dev.esi4j.sso.SsoUnavailableException;
import dev.esi4j.token.Token;
import dev.esi4j.token.TokenExpiredException;
import dev.esi4j.token.TokenInvalidException;

/** CASES area A: refresh and token lifecycle (B01, B02, B04, B05, B09, B16). */
public abstract class RefreshContract extends TokenServiceContract {

    @Test
    @DisplayName("B01: rotated refresh token is persisted and used for the next refresh")
    void b01_rotatedRefreshToken_persistedAndUsedNext() {
        Token t1 = expiredToken(U1, "RT-1", A);
        sso.answer("RT-1", fresh("AT-1", "RT-2"));
        assertThat(t1.validAccessToken()).isEqualTo("AT-1");
        assertThat(service.findOptionalById(t1.id().orElseThrow()).orElseThrow().validAccessToken()).isEqualTo("AT-1");

        clock.advance(Duration.ofSeconds(1300));
        sso.answer("RT-2", fresh("AT-2", "RT-3"));
        Token reloaded = service.findOptionalById(t1.id().orElseThrow()).orElseThrow();
        assertThat(reloaded.validAccessToken()).isEqualTo("AT-2");
        assertThat(sso.refreshCalls).containsExactly("RT-1", "RT-2");
        sso.answer("RT-3", fresh("AT-3", "RT-4"));
        clock.advance(Duration.ofSeconds(1300));
        assertThat(t1.validAccessToken()).isEqualTo("AT-3");
        assertThat(sso.refreshCalls).containsExactly("RT-1", "RT-2", "RT-3");
    }

    @Test
    @DisplayName("B01 variant: a refresh answer without refresh_token keeps the stored one")
    void b01_noRefreshTokenInAnswer_keepsOldRefreshToken() {
        Token t1 = expiredToken(U1, "RT-1", A);
        sso.answer("RT-1", fresh("AT-1", null));
        assertThat(t1.validAccessToken()).isEqualTo("AT-1");
        assertThat(t1.canRefresh()).isTrue();
        clock.advance(Duration.ofSeconds(1300));
        sso.answer("RT-1", fresh("AT-2", "RT-2"));
        assertThat(t1.validAccessToken()).isEqualTo("AT-2");
        assertThat(sso.refreshCalls).containsExactly("RT-1", "RT-1");
    }

    @Test
    @DisplayName("B02: invalid_grant makes validAccessToken throw TokenInvalidException")
    void b02_invalidGrant_validAccessTokenThrowsInvalid() {
        Token t1 = expiredToken(U1, "RT-1", A);
        assertThatThrownBy(t1::validAccessToken).isInstanceOf(TokenInvalidException.class)
                .hasMessageNotContaining("RT-1").hasMessageNotContaining("AT-0");
    }

    @Test
    @DisplayName("B02: refresh-or-delete deletes a token refused with invalid_grant, no exception escapes")
    void b02_invalidGrant_refreshOrDeleteDeletes() {
        Token t1 = expiredToken(U1, "RT-1", A);
        assertThat(service.refreshOrDelete(t1)).isEmpty();
        assertGone(store, t1);
    }

    @Test
    @DisplayName("B02: requireValid leaves out and deletes a token refused with invalid_grant")
    void b02_invalidGrant_requireValidDeletes() {
        Token t1 = expiredToken(U1, "RT-1", A);
        assertThat(service.tokens().forOwner(U1).requireScopes(A).requireValid()).isEmpty();
        assertGone(store, t1);
    }

    static Stream<RuntimeException> transientFailures() {
        return Stream.of(new SsoUnavailableException("500 internal error", null, null),
                new SsoUnavailableException("502 bad gateway", Duration.ofSeconds(3), null),
                new SsoUnavailableException("connection refused", null, new java.net.ConnectException()),
                new JwtValidationException("JWKS unreachable"),
                new SsoConfigurationException("client credentials refused"),
                new dev.esi4j.EsiException("200 without access_token"));
    }

    @ParameterizedTest
    @MethodSource("transientFailures")
    @DisplayName("B04: a transient or malformed SSO answer keeps the token unchanged and raises")
    void b04_transientFailure_tokenKeptAndErrorRaised(RuntimeException failure) {
        Token t1 = expiredToken(U1, "RT-1", A);
        String before = stored(t1).refreshToken();
        sso.fail("RT-1", failure);
        assertThatThrownBy(t1::validAccessToken).isSameAs(failure);
        assertThatThrownBy(() -> service.refreshOrDelete(t1)).isSameAs(failure);
        assertThat(service.tokens().requireValid()).isEmpty();
        assertThat(service.tokens().bulkRefresh().failed()).isEqualTo(1);
        assertThat(stored(t1).refreshToken()).isEqualTo(before);

        sso.answer("RT-1", fresh("AT-1", "RT-2"));
        assertThat(service.tokens().requireValid()).extracting(Token::validAccessToken).containsExactly("AT-1");
    }

    @Test
    @DisplayName("B05: an unknown expiry counts as expired and is refreshed once before use")
    void b05_unknownExpiry_refreshedOnce() {
        Token t1 = expiredToken(U1, "RT-1", A);
        store.updateLocked(t1.id().orElseThrow(), d -> d.withTokens(d.accessToken(), d.refreshToken(), null,
                clock.instant()));
        sso.answer("RT-1", fresh("AT-1", "RT-2"));
        Token reloaded = service.findOptionalById(t1.id().orElseThrow()).orElseThrow();
        assertThat(reloaded.validAccessToken()).isEqualTo("AT-1");
        assertThat(reloaded.validAccessToken()).isEqualTo("AT-1");
        assertThat(sso.refreshCalls).containsExactly("RT-1");
    }

    @Test
    @DisplayName("B05: a token within the refresh margin is refreshed, one outside it is not")
    void b05_refreshMargin_respected() {
        Token fresh = login(U1, "AT-F", "RT-F", CHAR_A, Duration.ofSeconds(31), A);
        Token closeToExpiry = login(U2, "AT-0", "RT-1", CHAR_A, Duration.ofSeconds(29), A);
        sso.answer("RT-1", fresh("AT-1", "RT-2"));
        assertThat(fresh.validAccessToken()).isEqualTo("AT-F");
        assertThat(closeToExpiry.validAccessToken()).isEqualTo("AT-1");
        assertThat(sso.refreshCalls).containsExactly("RT-1");
    }

    @Test
    @DisplayName("B05 variant: a forced refresh after ESI rejects the token happens once, not in a loop")
    void b05_forcedRefresh_single() {
        Token t1 = login(U1, "AT-0", "RT-1", CHAR_A, Duration.ofMinutes(10), A);
        sso.answer("RT-1", fresh("AT-1", "RT-2"));
        Token stale = service.findOptionalById(t1.id().orElseThrow()).orElseThrow();
        assertThat(service.refresh(t1).validAccessToken()).isEqualTo("AT-1");
        assertThat(service.refresh(stale).validAccessToken()).isEqualTo("AT-1");
        assertThat(sso.refreshCalls).containsExactly("RT-1");
        assertThat(stored(t1)).isNotNull();
    }

    @Test
    @DisplayName("Expired token without refresh token: TokenExpiredException, deleted by refresh-or-delete")
    void noRefreshToken_expiredAndDeleted() {
        Token t1 = expiredToken(U1, null, A);
        assertThat(t1.canRefresh()).isFalse();
        assertThatThrownBy(t1::validAccessToken).isInstanceOf(TokenExpiredException.class);
        assertThat(service.refreshOrDelete(t1)).isEmpty();
        assertGone(store, t1);
    }

    @Test
    @DisplayName("B09: a 4,200-character access token and a 600-character refresh token are stored unchanged")
    void b09_longTokens_storedByteIdentical() {
        String at = "eyJ" + "a".repeat(4197);
        String rt = "R".repeat(300) + "é/+=" + "r".repeat(296);
        Token t1 = login(U1, at, rt, CHAR_A, Duration.ofMinutes(20), A);
        Token reloaded = service.findOptionalById(t1.id().orElseThrow()).orElseThrow();
        assertThat(reloaded.validAccessToken()).isEqualTo(at);
        clock.advance(Duration.ofMinutes(30));
        String at2 = "eyJ" + "b".repeat(4197);
        sso.answer(rt, fresh(at2, rt + "2"));
        assertThat(reloaded.validAccessToken()).isEqualTo(at2);
        assertThat(sso.refreshCalls).containsExactly(rt);
    }

    @Test
    @DisplayName("B16 a: owner hash changed on refresh: token invalid, not updated, event fired, then deleted")
    void b16_ownerChangedOnRefresh_invalidAndEvent() {
        Token t1 = expiredToken(U1, "RT-1", A);
        sso.answer("RT-1", sso("AT-1", "RT-2", CHAR_A, OWNER_B, clock.instant().plusSeconds(1199), A));
        assertThatThrownBy(t1::validAccessToken).isInstanceOf(TokenInvalidException.class);
        assertThat(stored(t1).accessToken()).doesNotContain("AT-1");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.characterId()).isEqualTo(CHAR_A);
            assertThat(e.owner()).isEqualTo(U1);
            assertThat(e.previousOwnerHash()).isEqualTo(OWNER_A);
            assertThat(e.newOwnerHash()).isEqualTo(OWNER_B);
        });
        assertThat(service.refreshOrDelete(service.findOptionalById(t1.id().orElseThrow()).orElseThrow())).isEmpty();
        assertGone(store, t1);
    }

    @Test
    @DisplayName("B16 b: a login of the character by another account removes the old account's tokens")
    void b16_loginByNewOwner_removesOldOwnersToken() {
        Token t1 = login(U1, "AT-1", "RT-1", CHAR_A, Duration.ofMinutes(20), A);
        Token t2 = service.saveLogin(sso("AT-2", "RT-2", CHAR_A, OWNER_B, clock.instant().plusSeconds(1199), A), U2);
        assertGone(store, t1);
        assertThat(service.tokens().forOwner(U1).list()).isEmpty();
        assertThat(service.tokens().forOwner(U2).list()).containsExactly(t2);
        assertThat(events).singleElement().extracting(e -> e.newOwnerHash()).isEqualTo(OWNER_B);
    }

    @Test
    @DisplayName("Deleting a token revokes it at the SSO when configured; a failed revocation still deletes")
    void delete_revokesWhenConfigured() {
        service = service(java.util.Map.of(dev.esi4j.config.EsiConfigKeys.SSO_REVOKE_ON_DELETE, "true"));
        Token t1 = login(U1, "AT-1", "RT-1", CHAR_A, Duration.ofMinutes(20), A);
        Token t2 = login(U2, "AT-2", "RT-2", CHAR_B, Duration.ofMinutes(20), A);
        Token t3 = login(U2, "AT-3", "RT-3", CHAR_B, Duration.ofMinutes(20), B);
        sso.failRevocations(new SsoUnavailableException("down", null, null));
        assertThat(service.delete(t1)).isTrue();
        assertThat(service.tokens().forOwner(U2).delete()).isEqualTo(2);
        assertThat(sso.revoked).containsExactlyInAnyOrder("RT-1", "RT-2", "RT-3");
        List.of(t1, t2, t3).forEach(t -> assertGone(store, t));
    }

    @Test
    @DisplayName("Without revoke-on-delete nothing is sent to the SSO")
    void delete_noRevokeByDefault() {
        Token t1 = login(U1, "AT-1", "RT-1", CHAR_A, Duration.ofMinutes(20), A);
        assertThat(service.delete(t1)).isTrue();
        assertThat(service.delete(t1)).isFalse();
        assertThat(sso.revoked).isEmpty();
    }
}
