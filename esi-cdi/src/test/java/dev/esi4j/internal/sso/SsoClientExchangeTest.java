package dev.esi4j.internal.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.sso.AuthorizationRequest;
import dev.esi4j.sso.InvalidGrantException;
import dev.esi4j.sso.JwtValidationException;
import dev.esi4j.sso.SsoConfigurationException;
import dev.esi4j.sso.SsoException;
import dev.esi4j.sso.SsoTokens;
import dev.esi4j.sso.SsoUnavailableException;
import dev.esi4j.token.Token;

class SsoClientExchangeTest extends StubSsoTestBase {

    private static final String TOKEN_PATH = "/v2/oauth/token";

    @Test
    @DisplayName("B20/B48: code exchange posts once with Basic auth, the configured redirect_uri and the User-Agent")
    void exchange_confidentialClient_postsBasicAuthAndExactRedirectUri() {
        answerTokens(at(), "RT-1");
        AuthorizationRequest started = client.startAuthorization(List.of(TestKeys.SCOPE_A));

        SsoTokens tokens = client.exchangeCode("C1", started.codeVerifier());

        assertThat(tokens.refreshToken()).isEqualTo("RT-1");
        assertThat(tokens.claims().characterId()).isEqualTo(TestKeys.CHAR_A);
        StubSso.Recorded post = sso.requests(TOKEN_PATH).get(0);
        assertThat(sso.requests(TOKEN_PATH)).hasSize(1);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.header("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
                .encodeToString("client-0001:secret-0001".getBytes(StandardCharsets.UTF_8)));
        assertThat(post.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(post.form()).containsEntry("grant_type", "authorization_code").containsEntry("code", "C1")
                .containsEntry("redirect_uri", TestKeys.CALLBACK)
                .containsEntry("code_verifier", started.codeVerifier()).doesNotContainKey("client_id");
        assertThat(sso.all()).allSatisfy(r ->
                assertThat(r.header("User-Agent")).startsWith("TestApp/1.2.3 (ops@example.test) esi4j/"));
    }

    @Test
    @DisplayName("public client: code exchange sends client_id and code_verifier, no Authorization header")
    void exchange_publicClient_sendsClientIdAndVerifierOnly() {
        newClient(TestSupport.config(sso.base()).set(EsiConfigKeys.SSO_CLIENT_SECRET, null)
                .set(EsiConfigKeys.SSO_PUBLIC_CLIENT, "true").build());
        answerTokens(at(), "RT-1");
        AuthorizationRequest started = client.startAuthorization(List.of(TestKeys.SCOPE_A));

        client.exchangeCode("C1", started.codeVerifier());

        StubSso.Recorded post = sso.requests(TOKEN_PATH).get(0);
        assertThat(post.header("Authorization")).isNull();
        assertThat(post.form()).containsEntry("client_id", TestKeys.CLIENT_ID)
                .containsEntry("code_verifier", started.codeVerifier());
        assertThat(AuthorizeUrls.challenge(post.form().get("code_verifier")))
                .isEqualTo(AuthorizeUrlsTest.query(started.authorizeUrl()).get("code_challenge"));
        assertThatThrownBy(() -> client.exchangeCode("C2", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504, 429})
    @DisplayName("B04/B43: a code exchange that may have reached the SSO is never retried")
    void exchange_serverSideFailure_singleAttemptAndUnavailable(int status) {
        sso.tokenAnswers(StubSso.Answer.text(status, "text/html", "<html>bad gateway</html>")
                .with("Retry-After", "3"), StubSso.Answer.json(200, TestSupport.tokenResponse(at(), "RT-1")));

        assertThatThrownBy(() -> client.exchangeCode("C1", "v"))
                .isInstanceOfSatisfying(SsoUnavailableException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(3)));
        assertThat(sso.requests(TOKEN_PATH)).hasSize(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    @DisplayName("B43e: a token endpoint that accepts but never answers times out as transient, not retried")
    void exchange_tokenEndpointHangs_timesOutOnce() {
        newClient(TestSupport.config(sso.base()).set(EsiConfigKeys.REQUESTS_READ_TIMEOUT, "300ms").build());
        sso.tokenAnswers(StubSso.HANG);

        assertThatThrownBy(() -> client.exchangeCode("C1", "v")).isInstanceOf(SsoUnavailableException.class)
                .hasMessageContaining("timed out");
        assertThat(sso.requests(TOKEN_PATH)).hasSize(1);
    }

    @Test
    @DisplayName("B43c: headers sent, then a stalled body: the read timeout still applies")
    void exchange_stalledBody_timesOut() {
        newClient(TestSupport.config(sso.base()).set(EsiConfigKeys.REQUESTS_READ_TIMEOUT, "300ms").build());
        sso.tokenAnswers(StubSso.STALL_BODY);

        assertThatThrownBy(() -> client.exchangeCode("C1", "v")).isInstanceOf(SsoUnavailableException.class)
                .hasMessageContaining("timed out");
        assertThat(sso.requests(TOKEN_PATH)).hasSize(1);
    }

    @Test
    @DisplayName("B04: connection refused at the token endpoint is transient")
    void exchange_connectionRefused_unavailable() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        newClient(TestSupport.config(sso.base())
                .set(EsiConfigKeys.CODE_EXCHANGE_URL, "http://127.0.0.1:" + closedPort + "/v2/oauth/token").build());

        assertThatThrownBy(() -> client.exchangeCode("C1", "v")).isInstanceOf(SsoUnavailableException.class)
                .hasMessageContaining("could not reach EVE SSO");
    }

    @Test
    @DisplayName("B02: invalid_grant on the code exchange is InvalidGrantException")
    void exchange_invalidGrant_invalidGrantException() {
        sso.tokenAnswers(StubSso.Answer.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"no such grant\"}"));

        assertThatThrownBy(() -> client.exchangeCode("C1", "v")).isInstanceOf(InvalidGrantException.class)
                .hasMessageContaining("no such grant").hasMessageNotContaining("C1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"401|{}", "401|{\"error\":\"invalid_client\"}", "400|{\"error\":\"invalid_client\"}",
            "400|{\"error\":\"unauthorized_client\"}"})
    @DisplayName("bad client credentials are a configuration error naming the keys, never showing the secret")
    void exchange_badCredentials_configurationErrorNamingKeys(String answer) {
        String[] parts = answer.split("\\|");
        sso.tokenAnswers(StubSso.Answer.json(Integer.parseInt(parts[0]), parts[1]));

        assertThatThrownBy(() -> client.exchangeCode("C1", "v")).isInstanceOf(SsoConfigurationException.class)
                .hasMessageContaining(EsiConfigKeys.SSO_CLIENT_ID).hasMessageContaining(EsiConfigKeys.SSO_CLIENT_SECRET)
                .hasMessageNotContaining(TestKeys.CLIENT_SECRET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "bearer", "BEARER"})
    @DisplayName("B27: token_type is accepted in any case")
    void exchange_tokenTypeAnyCase_accepted(String tokenType) {
        sso.tokenAnswers(StubSso.Answer.json(200, "{\"access_token\":\"" + at() + "\",\"token_type\":\""
                + tokenType + "\",\"refresh_token\":\"RT-1\"}"));

        assertThat(client.exchangeCode("C1", "v").claims().tokenType()).isEqualTo(Token.TokenType.CHARACTER);
    }

    @Test
    @DisplayName("B27: token_type MAC is rejected with a clear error")
    void exchange_tokenTypeMac_rejected() {
        sso.tokenAnswers(StubSso.Answer.json(200, "{\"access_token\":\"" + at() + "\",\"token_type\":\"MAC\"}"));

        assertThatThrownBy(() -> client.exchangeCode("C1", "v")).isInstanceOf(SsoException.class)
                .hasMessageContaining("token_type 'MAC'");
    }

    @Test
    @DisplayName("B09: a 4,200-character access token and a 600-character refresh token come back byte-identical")
    void exchange_longTokens_returnedIntact() {
        List<String> scopes = new ArrayList<>();
        for (int i = 0; scopes.stream().mapToInt(String::length).sum() < 3000; i++) {
            scopes.add("esi-scope-number-" + i + ".read_something_long.v1");
        }
        String longAt = at("scp", scopes);
        String longRt = "R".repeat(600);
        answerTokens(longAt, longRt);

        SsoTokens tokens = client.exchangeCode("C1", "v");

        assertThat(longAt.length()).isGreaterThan(4096);
        assertThat(tokens.accessToken()).isEqualTo(longAt);
        assertThat(tokens.refreshToken()).isEqualTo(longRt);
        assertThat(tokens.claims().scopes()).hasSize(scopes.size());
        assertThat(tokens.toString()).doesNotContain(longRt).doesNotContain(longAt.substring(0, 40));
    }

    @Test
    @DisplayName("B10d: a token whose audience names another client fails the exchange")
    void exchange_foreignAudience_jwtValidationException() {
        answerTokens(at("aud", List.of("client-9999", "EVE Online"), "azp", "client-9999"), "RT-1");

        assertThatThrownBy(() -> client.exchangeCode("C1", "v")).isInstanceOf(JwtValidationException.class);
    }

    @Test
    @DisplayName("auth-only login: no refresh token in the answer gives a null refresh token")
    void exchange_noRefreshToken_nullRefreshToken() {
        sso.tokenAnswers(StubSso.Answer.json(200, "{\"access_token\":\"" + at()
                + "\",\"token_type\":\"Bearer\",\"refresh_token\":null}"));

        assertThat(client.exchangeCode("C1", "v").refreshTokenIfPresent()).isEmpty();
    }
}
