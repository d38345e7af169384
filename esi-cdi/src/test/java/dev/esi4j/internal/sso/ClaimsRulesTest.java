package dev.esi4j.internal.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.nimbusds.jwt.JWTClaimsSet;

import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.sso.AccessTokenClaims;
import dev.esi4j.sso.JwtValidationException;
import dev.esi4j.sso.SsoTokens;

class ClaimsRulesTest extends StubSsoTestBase {

    /** Both paths that receive access tokens use the same validator (B11). */
    private Function<String, SsoTokens> path(String which) {
        return accessToken -> {
            answerTokens(accessToken, "RT-2");
            return "exchange".equals(which) ? client.exchangeCode("C1", "v") : client.refresh("RT-1");
        };
    }

    static Stream<Arguments> issuers() {
        return Stream.of("exchange", "refresh").flatMap(path -> Stream.of(
                Arguments.of(path, "login.eveonline.com", true),
                Arguments.of(path, "https://login.eveonline.com", true),
                Arguments.of(path, "https://login.eveonline.com/", true),
                Arguments.of(path, "http://login.eveonline.com", false),
                Arguments.of(path, "https://login.eveonline.com.evil.test", false),
                Arguments.of(path, "https://login.eveonline.com//", false),
                Arguments.of(path, "HTTPS://LOGIN.EVEONLINE.COM", false),
                Arguments.of(path, null, false)));
    }

    @ParameterizedTest(name = "{0}: iss={1} accepted={2}")
    @MethodSource("issuers")
    @DisplayName("B11: issuer with or without scheme; look-alikes and absence rejected, on exchange and refresh")
    void check_issuerForms(String path, String issuer, boolean accepted) {
        String token = at("iss", issuer);
        if (accepted) {
            assertThat(path(path).apply(token).claims().issuer()).isEqualTo(issuer);
        } else {
            assertThatThrownBy(() -> path(path).apply(token)).isInstanceOf(JwtValidationException.class)
                    .hasMessageContaining("issuer");
        }
    }

    @Test
    @DisplayName("B11: the configured simulator base URL is accepted in its three forms, nothing near it")
    void acceptedIssuers_simulatorBase() {
        assertThat(ClaimsRules.acceptedIssuers(URI.create("http://127.0.0.1:8123/"))).contains(
                "http://127.0.0.1:8123", "http://127.0.0.1:8123/", "127.0.0.1:8123", "login.eveonline.com")
                .doesNotContain("127.0.0.1", "http://127.0.0.1:81234", "https://127.0.0.1:8123")
                .hasSize(6);
        assertThat(ClaimsRules.acceptedIssuers(URI.create("https://login.eveonline.com"))).containsExactlyInAnyOrder(
                "login.eveonline.com", "https://login.eveonline.com", "https://login.eveonline.com/");
    }

    static Stream<Arguments> audiences() {
        return Stream.of(
                Arguments.of("a) legacy single string", "EVE Online", "client-0001", true),
                Arguments.of("b) client id and EVE Online", List.of("client-0001", "EVE Online"), "client-0001", true),
                Arguments.of("c) client id only", List.of("client-0001"), "client-0001", false),
                Arguments.of("d) another client", List.of("client-9999", "EVE Online"), "client-9999", false),
                Arguments.of("d') another client, our azp", List.of("client-9999", "EVE Online"), "client-0001",
                        false),
                Arguments.of("legacy string without azp", "EVE Online", null, false),
                Arguments.of("right aud, foreign azp", List.of("client-0001", "EVE Online"), "client-9999", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("audiences")
    @DisplayName("B10: aud must carry EVE Online and this client (the 2022 single-string form only with our azp)")
    void check_audienceForms(String label, Object aud, String azp, boolean accepted) {
        String token = at("aud", aud, "azp", azp);
        if (accepted) {
            assertThat(path("exchange").apply(token).claims().audience()).contains("EVE Online");
        } else {
            assertThatThrownBy(() -> path("exchange").apply(token)).isInstanceOf(JwtValidationException.class);
        }
    }

    @Test
    @DisplayName("a configured audience other than EVE Online is the one required")
    void check_configuredAudience_required() {
        newClient(TestSupport.config(sso.base()).set(EsiConfigKeys.TOKEN_JWT_AUDIENCE, "EVE Frontier").build());

        assertThatThrownBy(() -> client.verify(at())).hasMessageContaining("EVE Frontier");
        assertThat(client.verify(at("aud", List.of("client-0001", "EVE Frontier"))).characterId())
                .isEqualTo(TestKeys.CHAR_A);
    }

    @Test
    @DisplayName("B15: scp as one string, as an array, or absent")
    void check_scopeShapes() throws Exception {
        ClaimsRules rules = rules();

        assertThat(rules.check(claims("scp", TestKeys.SCOPE_A)).scopes()).containsExactly(TestKeys.SCOPE_A);
        assertThat(rules.check(claims("scp", List.of(TestKeys.SCOPE_A, TestKeys.SCOPE_B))).scopes())
                .containsExactlyInAnyOrder(TestKeys.SCOPE_A, TestKeys.SCOPE_B);
        assertThat(rules.check(claims("scp", null)).scopes()).isEmpty();
        assertThatThrownBy(() -> rules.check(claims("scp", List.of(1, 2)))).isInstanceOf(JwtValidationException.class);
    }

    @Test
    @DisplayName("exp is checked with the configured leeway (default 60 s)")
    void check_expiryWithLeeway() throws Exception {
        long exp = TestKeys.T0.getEpochSecond() + 1200;
        clock.advance(Duration.ofSeconds(1200 + 60));
        assertThat(rules().check(claims()).expiresAt().getEpochSecond()).isEqualTo(exp);

        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> rules().check(claims())).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> rules().check(claims("exp", null))).hasMessageContaining("exp");
    }

    @Test
    @DisplayName("nbf in the future beyond the leeway is rejected")
    void check_notBefore() throws Exception {
        assertThatThrownBy(() -> rules().check(claims("nbf", TestKeys.T0.getEpochSecond() + 61)))
                .hasMessageContaining("not valid before");
        assertThat(rules().check(claims("nbf", TestKeys.T0.getEpochSecond() + 59)).characterId())
                .isEqualTo(TestKeys.CHAR_A);
    }

    @Test
    @DisplayName("sub must be CHARACTER:EVE:<positive id>; owner and name are required")
    void check_subjectOwnerName() throws Exception {
        ClaimsRules rules = rules();
        for (String bad : List.of("CHARACTER:EVE:", "CHARACTER:EVE:-5", "CHARACTER:EVE:0", "EVE:2147000001",
                "CHARACTER:EVE:99999999999999999999", "CHARACTER:EVE:123 ", "USER:EVE:1")) {
            assertThatThrownBy(() -> rules.check(claims("sub", bad))).as(bad)
                    .isInstanceOf(JwtValidationException.class);
        }
        assertThatThrownBy(() -> rules.check(claims("owner", null))).hasMessageContaining("owner");
        assertThatThrownBy(() -> rules.check(claims("name", null))).hasMessageContaining("name");
    }

    @Test
    @DisplayName("the claims of CCP's documented example payload are read (audience of its client)")
    void check_ccpExamplePayload() throws Exception {
        Map<String, Object> example = com.nimbusds.jose.util.JSONObjectUtils.parse(
                TestKeys.resource("sso-jwt-payload-example.json"));
        newClient(TestSupport.config(sso.base()).set(EsiConfigKeys.SSO_CLIENT_ID, "my3rdpartyclientid").build());
        clock.advance(Duration.between(TestKeys.T0, java.time.Instant.ofEpochSecond(1648562018)));
        ClaimsRules rules = new ClaimsRules(TestSupport.config(sso.base())
                .set(EsiConfigKeys.SSO_CLIENT_ID, "my3rdpartyclientid").build(), clock);

        AccessTokenClaims claims = rules.check(JWTClaimsSet.parse(example));

        assertThat(claims.characterId()).isEqualTo(123123L);
        assertThat(claims.ownerHash()).isEqualTo("8PmzCeTKb4VFUDrHLc/AeZXDSWM=");
        assertThat(claims.scopes()).containsExactlyInAnyOrder("esi-skills.read_skills.v1",
                "esi-skills.read_skillqueue.v1");
    }

    private ClaimsRules rules() {
        return new ClaimsRules(TestSupport.config(sso.base()).build(), clock);
    }

    private static JWTClaimsSet claims(Object... overrides) throws java.text.ParseException {
        return JWTClaimsSet.parse(TestKeys.claims(overrides));
    }
}
