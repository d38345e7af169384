package dev.esi4j.internal.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.sso.AccessTokenClaims;
import dev.esi4j.sso.JwtValidationException;
import dev.esi4j.sso.SsoUnavailableException;
import dev.esi4j.token.Token;

class JwtVerifierTest extends StubSsoTestBase {

    private static final String JWKS_PATH = "/oauth/jwks";

    @Test
    @DisplayName("B13a/b: keys chosen by kid among several; the set is fetched once and then cached")
    void verify_keysByKid_cachedSet() {
        assertThat(client.verify(TestKeys.jwt(TestKeys.KEY_A, TestKeys.claims())).characterId())
                .isEqualTo(TestKeys.CHAR_A);
        assertThat(client.verify(TestKeys.jwt(TestKeys.KEY_B, TestKeys.claims())).ownerHash()).isEqualTo("OWNER-A");
        for (int i = 0; i < 10; i++) {
            client.verify(TestKeys.jwt(TestKeys.KEY_A, TestKeys.claims("jti", "jti-" + i)));
        }
        assertThat(sso.requests(JWKS_PATH)).hasSize(1);
    }

    @Test
    @DisplayName("ES256 tokens verify with the EC P-256 key")
    void verify_es256_accepted() {
        AccessTokenClaims claims = client.verify(TestKeys.jwt(TestKeys.KEY_E, TestKeys.claims()));

        assertThat(claims.characterName()).isEqualTo("Pilot Alpha");
    }

    @Test
    @DisplayName("B13c: a key added after the first fetch causes exactly one extra fetch, then is accepted")
    void verify_rotatedInKey_oneRefetch() {
        client.verify(TestKeys.jwt(TestKeys.KEY_A, TestKeys.claims()));
        sso.jwks(TestKeys.jwks(TestKeys.KEY_A, TestKeys.KEY_B, TestKeys.KEY_E, TestKeys.KEY_C),
                "Cache-Control", "max-age=300");

        client.verify(TestKeys.jwt(TestKeys.KEY_C, TestKeys.claims()));
        client.verify(TestKeys.jwt(TestKeys.KEY_C, TestKeys.claims("jti", "again")));

        assertThat(sso.requests(JWKS_PATH)).hasSize(2);
    }

    @Test
    @DisplayName("B13d: 50 unknown kids within a minute cause at most 2 fetches and are all rejected")
    void verify_unknownKids_throttledRefetch() {
        int rejected = 0;
        for (int i = 0; i < 50; i++) {
            clock.advance(Duration.ofSeconds(1));
            String token = TestKeys.jwt(TestKeys.KEY_A, UUID.randomUUID().toString(), TestKeys.claims());
            try {
                client.verify(token);
            } catch (JwtValidationException e) {
                rejected++;
            }
        }
        assertThat(rejected).isEqualTo(50);
        assertThat(sso.requests(JWKS_PATH)).hasSizeLessThanOrEqualTo(2);

        clock.advance(Duration.ofSeconds(61));
        assertThatThrownBy(() -> client.verify(TestKeys.jwt(TestKeys.KEY_A, "key-X", TestKeys.claims())))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("key-X");
        assertThat(sso.requests(JWKS_PATH).size()).isLessThanOrEqualTo(3);
    }

    @Test
    @DisplayName("B13e: kid of key A but signed with key B is rejected")
    void verify_wrongKeyForKid_rejected() {
        assertThatThrownBy(() -> client.verify(TestKeys.jwt(TestKeys.KEY_B, "key-A", TestKeys.claims())))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("signature");
    }

    @Test
    @DisplayName("B13f: alg none and HS256 keyed with the RSA public key are rejected")
    void verify_noneAndHmacConfusion_rejected() throws Exception {
        String payload = b64(com.nimbusds.jose.util.JSONObjectUtils.toJSONString(TestKeys.claims()));
        String none = b64("{\"alg\":\"none\",\"kid\":\"key-A\"}") + "." + payload + ".";
        String hsInput = b64("{\"alg\":\"HS256\",\"kid\":\"key-A\",\"typ\":\"JWT\"}") + "." + payload;
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(TestKeys.KEY_A.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"));
        String hs = hsInput + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(hsInput.getBytes(StandardCharsets.US_ASCII)));

        assertThatThrownBy(() -> client.verify(none)).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> client.verify(hs)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("HS256");
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    @DisplayName("tokens without kid, with an RSA key under 2048 bits, or garbage are rejected")
    void verify_missingKidShortKeyGarbage_rejected() {
        sso.jwks(TestKeys.jwks(TestKeys.KEY_A, TestKeys.KEY_SHORT));

        assertThatThrownBy(() -> client.verify(TestKeys.jwt(TestKeys.KEY_A, null, TestKeys.claims())))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("kid");
        assertThatThrownBy(() -> client.verify(TestKeys.jwt(TestKeys.KEY_SHORT, TestKeys.claims())))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("2048");
        assertThatThrownBy(() -> client.verify("not.a.jwt")).isInstanceOf(JwtValidationException.class);
        assertThatThrownBy(() -> client.verify("")).isInstanceOf(JwtValidationException.class);
    }

    @Test
    @DisplayName("CCP's JWKS document (SkipUnresolvedJsonWebKeys, RS256 + ES256 keys) is read")
    void verify_ccpJwksDocument_parsed() {
        sso.jwks(TestKeys.resource("sso-jwks.json"));

        assertThatThrownBy(() -> client.verify(TestKeys.jwt(TestKeys.KEY_A, "JWT-Signature-Key", TestKeys.claims())))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("signature");
        assertThatThrownBy(() -> client.verify(TestKeys.jwt(TestKeys.KEY_E,
                "8878a23f-2489-4045-989e-4d2f3ec1ae1a", TestKeys.claims())))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("signature");
    }

    @Test
    @DisplayName("unresolvable JWKS entries are skipped, the others still used")
    void verify_unresolvableEntry_skipped() {
        String keyA = TestKeys.KEY_A.toPublicJWK().toJSONString();
        sso.jwks("{\"keys\":[{\"kty\":\"XYZ\",\"kid\":\"odd\"},{\"kty\":\"RSA\",\"kid\":\"broken\"}," + keyA
                + "],\"SkipUnresolvedJsonWebKeys\":true}");

        assertThat(client.verify(TestKeys.jwt(TestKeys.KEY_A, TestKeys.claims())).characterId())
                .isEqualTo(TestKeys.CHAR_A);
    }

    @Test
    @DisplayName("the key set is refetched when its Cache-Control lifetime ends")
    void verify_cacheLifetimeOver_refetched() {
        client.verify(TestKeys.jwt(TestKeys.KEY_A, TestKeys.claims()));
        clock.advance(Duration.ofSeconds(299));
        client.verify(TestKeys.jwt(TestKeys.KEY_A, TestKeys.claims()));
        assertThat(sso.requests(JWKS_PATH)).hasSize(1);

        clock.advance(Duration.ofSeconds(2));
        client.verify(TestKeys.jwt(TestKeys.KEY_A, TestKeys.claims("exp", TestKeys.T0.getEpochSecond() + 1500)));
        assertThat(sso.requests(JWKS_PATH)).hasSize(2);
    }

    @Test
    @DisplayName("B16/B04: JWKS down: nothing cached is transient; an expired set is kept a day, retried once a minute")
    void verify_jwksDown_unavailableOrStaleCopy() {
        sso.route(JWKS_PATH, r -> StubSso.Answer.json(503, "{}"));
        assertThatThrownBy(() -> client.verify(TestKeys.jwt(TestKeys.KEY_A, TestKeys.claims())))
                .isInstanceOf(SsoUnavailableException.class);

        sso.jwks(TestKeys.jwks(TestKeys.KEY_A), "Cache-Control", "max-age=60");
        client.verify(TestKeys.jwt(TestKeys.KEY_A, TestKeys.claims()));
        sso.route(JWKS_PATH, r -> StubSso.Answer.json(503, "{}"));
        clock.advance(Duration.ofSeconds(120));
        int before = sso.requests(JWKS_PATH).size();
        assertThat(client.verify(TestKeys.jwt(TestKeys.KEY_A, TestKeys.claims())).characterId())
                .isEqualTo(TestKeys.CHAR_A);
        client.verify(TestKeys.jwt(TestKeys.KEY_A, TestKeys.claims("jti", "2")));
        clock.advance(Duration.ofSeconds(59));
        client.verify(TestKeys.jwt(TestKeys.KEY_A, TestKeys.claims("jti", "3")));
        assertThat(sso.requests(JWKS_PATH)).hasSize(before + 1);

        clock.advance(Duration.ofSeconds(2));
        client.verify(TestKeys.jwt(TestKeys.KEY_A, TestKeys.claims("jti", "4")));
        assertThat(sso.requests(JWKS_PATH)).hasSize(before + 2);

        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> client.verify(TestKeys.jwt(TestKeys.KEY_A, TestKeys.claims())))
                .isInstanceOf(SsoUnavailableException.class);
    }

    @Test
    @DisplayName("B43d/B48: the JWKS request carries the User-Agent and times out when the endpoint hangs")
    void verify_jwksHangs_timesOutAsTransient() {
        newClient(TestSupport.config(sso.base()).set(EsiConfigKeys.REQUESTS_READ_TIMEOUT, "300ms").build());
        sso.route(JWKS_PATH, r -> StubSso.HANG);

        assertThatThrownBy(() -> client.verify(TestKeys.jwt(TestKeys.KEY_A, TestKeys.claims())))
                .isInstanceOf(SsoUnavailableException.class).hasMessageContaining("timed out");
        assertThat(sso.requests(JWKS_PATH).get(0).header("User-Agent"))
                .startsWith("TestApp/1.2.3 (ops@example.test) esi4j/");
    }

    @Test
    @DisplayName("B51/B27: ids beyond 2^31 parse as long; the sub prefix is case-insensitive")
    void verify_largeIdAndLowercasePrefix_parsed() {
        long big = 2_200_000_000_000L;
        AccessTokenClaims claims = client.verify(TestKeys.jwt(TestKeys.KEY_A,
                TestKeys.claims("sub", "character:EVE:" + big)));

        assertThat(claims.characterId()).isEqualTo(big);
        assertThat(claims.tokenType()).isEqualTo(Token.TokenType.CHARACTER);
        assertThat(client.verify(TestKeys.jwt(TestKeys.KEY_A, TestKeys.claims("sub", "CORPORATION:EVE:98000001")))
                .tokenType()).isEqualTo(Token.TokenType.CORPORATION);
    }

    @Test
    @DisplayName("B15 via the verifier: scp array gives exactly those scopes")
    void verify_scopeArray_scopes() {
        AccessTokenClaims claims = client.verify(TestKeys.jwt(TestKeys.KEY_A,
                TestKeys.claims("scp", List.of(TestKeys.SCOPE_A, TestKeys.SCOPE_B))));

        assertThat(claims.scopes()).containsExactlyInAnyOrder(TestKeys.SCOPE_A, TestKeys.SCOPE_B);
    }
}
