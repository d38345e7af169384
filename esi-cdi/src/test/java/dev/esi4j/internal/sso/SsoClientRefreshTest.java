package dev.esi4j.internal.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.sso.InvalidGrantException;
import dev.esi4j.sso.SsoConfigurationException;
import dev.esi4j.sso.SsoTokens;
import dev.esi4j.sso.SsoUnavailableException;

class SsoClientRefreshTest extends StubSsoTestBase {

    private static final String TOKEN_PATH = "/v2/oauth/token";

    @Test
    @DisplayName("B01: refresh posts the given refresh token with Basic auth and returns the rotated one")
    void refresh_rotation_postsGivenTokenReturnsNewOne() {
        answerTokens(at("jti", "jti-1"), "RT-2");
        answerTokens(at("jti", "jti-2"), "RT-3");

        SsoTokens first = client.refresh("RT-1");
        SsoTokens second = client.refresh(first.refreshToken());

        assertThat(first.refreshToken()).isEqualTo("RT-2");
        assertThat(second.refreshToken()).isEqualTo("RT-3");
        List<StubSso.Recorded> posts = sso.requests(TOKEN_PATH);
        assertThat(posts).extracting(r -> r.form().get("refresh_token")).containsExactly("RT-1", "RT-2");
        assertThat(posts).allSatisfy(r -> {
            assertThat(r.form()).containsEntry("grant_type", "refresh_token");
            assertThat(r.header("Authorization")).startsWith("Basic ");
            assertThat(r.header("User-Agent")).contains("TestApp/1.2.3");
        });
    }

    @Test
    @DisplayName("B01 variant: no refresh_token in the answer gives null (the caller keeps the old one)")
    void refresh_noRefreshTokenInAnswer_null() {
        answerTokens(at(), null);

        SsoTokens tokens = client.refresh("RT-1");

        assertThat(tokens.refreshToken()).isNull();
        assertThat(tokens.accessToken()).isNotBlank();
    }

    @Test
    @DisplayName("B02/B16c: invalid_grant on refresh is InvalidGrantException after exactly one request")
    void refresh_invalidGrant_notRetried() {
        sso.tokenAnswers(StubSso.Answer.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"no such grant\"}"));

        assertThatThrownBy(() -> client.refresh("RT-1")).isInstanceOf(InvalidGrantException.class)
                .hasMessageNotContaining("RT-1");
        assertThat(sso.requests(TOKEN_PATH)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"500|text/plain|internal error ref 0000", "400|application/json|{}",
            "502|text/html|<html>bad gateway</html>", "200|application/json|{\"token_type\":\"Bearer\"}",
            "200|text/html|<html>maintenance</html>"})
    @DisplayName("B04: transient or malformed answers raise SsoUnavailableException, never InvalidGrantException")
    void refresh_transientOrMalformed_unavailable(String answer) {
        String[] parts = answer.split("\\|", 3);
        StubSso.Answer bad = StubSso.Answer.text(Integer.parseInt(parts[0]), parts[1], parts[2]);
        boolean serverSide = parts[0].startsWith("5");
        sso.tokenAnswers(bad, bad, bad);

        assertThatThrownBy(() -> client.refresh("RT-1")).isExactlyInstanceOf(serverSide
                ? TransientSsoException.class : SsoUnavailableException.class)
                .hasMessageNotContaining("RT-1");
        assertThat(sso.requests(TOKEN_PATH)).hasSize(serverSide ? 3 : 1);

        sso.clearTokenAnswers();
        answerTokens(at(), "RT-2");
        assertThat(client.refresh("RT-1").refreshToken()).isEqualTo("RT-2");
    }

    @Test
    @DisplayName("B04: connection refused on refresh is retried, then SsoUnavailableException")
    void refresh_connectionRefused_retriedThenUnavailable() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        newClient(TestSupport.config(sso.base())
                .set(EsiConfigKeys.CODE_EXCHANGE_URL, "http://127.0.0.1:" + closedPort + "/v2/oauth/token").build());

        assertThatThrownBy(() -> client.refresh("RT-1")).isInstanceOf(SsoUnavailableException.class);
        assertThat(sleeper.waits).hasSize(2);
    }

    @Test
    @DisplayName("refresh retries 5xx with exponential backoff and succeeds")
    void refresh_serverErrorsThenOk_retriedWithBackoff() {
        StubSso.Answer unavailable = StubSso.Answer.json(503, "{\"error\":\"unavailable\"}");
        sso.tokenAnswers(unavailable, unavailable);
        answerTokens(at(), "RT-2");

        assertThat(client.refresh("RT-1").refreshToken()).isEqualTo("RT-2");
        assertThat(sso.requests(TOKEN_PATH)).hasSize(3);
        assertThat(sleeper.waits).hasSize(2);
        assertThat(sleeper.waits.get(0)).isBetween(Duration.ofMillis(500), Duration.ofMillis(750));
        assertThat(sleeper.waits.get(1)).isBetween(Duration.ofMillis(1000), Duration.ofMillis(1500));
    }

    @Test
    @DisplayName("B39: 429 with Retry-After waits that long before retrying")
    void refresh_tooManyRequests_honoursRetryAfter() {
        sso.tokenAnswers(StubSso.Answer.json(429, "{}").with("Retry-After", "7"));
        answerTokens(at(), "RT-2");

        client.refresh("RT-1");

        assertThat(sleeper.waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    @DisplayName("a Retry-After beyond the longest wait ends retries at once and is reported to the caller")
    void refresh_longRetryAfter_givesUpWithRetryAfter() {
        sso.tokenAnswers(StubSso.Answer.json(503, "{}").with("Retry-After", "120"));
        answerTokens(at(), "RT-2");

        assertThatThrownBy(() -> client.refresh("RT-1")).isInstanceOfSatisfying(SsoUnavailableException.class,
                e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(120)));
        assertThat(sso.requests(TOKEN_PATH)).hasSize(1);
    }

    @Test
    @DisplayName("esi.sso.refresh-max-retries bounds the attempts")
    void refresh_persistentServerError_maxRetriesPlusOneAttempts() {
        newClient(TestSupport.config(sso.base()).set(EsiConfigKeys.SSO_REFRESH_MAX_RETRIES, "4").build());
        StubSso.Answer down = StubSso.Answer.json(500, "{}");
        sso.tokenAnswers(down, down, down, down, down, down);

        assertThatThrownBy(() -> client.refresh("RT-1")).isInstanceOf(SsoUnavailableException.class);
        assertThat(sso.requests(TOKEN_PATH)).hasSize(5);
    }

    @Test
    @DisplayName("bad client credentials on refresh: configuration error naming the keys, not retried")
    void refresh_unauthorized_configurationError() {
        sso.tokenAnswers(StubSso.Answer.json(401, "{\"error\":\"invalid_client\"}"));

        assertThatThrownBy(() -> client.refresh("RT-1")).isInstanceOf(SsoConfigurationException.class)
                .hasMessageContaining("esi.sso.client-id").hasMessageContaining("esi.sso.client-secret");
        assertThat(sso.requests(TOKEN_PATH)).hasSize(1);
    }

    @Test
    @DisplayName("B16a: a refresh answered for another owner exposes the new owner hash to the token layer")
    void refresh_ownerChanged_newOwnerHashVisible() {
        answerTokens(at("owner", "OWNER-B"), "RT-2");

        assertThat(client.refresh("RT-1").claims().ownerHash()).isEqualTo("OWNER-B");
    }

    @Test
    @DisplayName("B16: JWKS unreachable during refresh is transient, never a skipped check or an invalid token")
    void refresh_jwksUnreachable_unavailable() {
        sso.route("/oauth/jwks", r -> StubSso.Answer.text(503, "text/plain", "down"));
        answerTokens(at(), "RT-2");

        assertThatThrownBy(() -> client.refresh("RT-1")).isInstanceOf(SsoUnavailableException.class)
                .hasMessageContaining("JWKS");
    }

    @Test
    @DisplayName("revoke posts the refresh token with its type hint (RFC 7009) and Basic auth")
    void revoke_postsTokenWithHint() {
        client.revoke("RT-9");

        StubSso.Recorded post = sso.requests("/v2/oauth/revoke").get(0);
        assertThat(post.form()).containsEntry("token", "RT-9").containsEntry("token_type_hint", "refresh_token");
        assertThat(post.header("Authorization")).startsWith("Basic ");
        assertThat(post.header("User-Agent")).contains("TestApp/1.2.3");
    }

    @Test
    @DisplayName("revoke: 503 is retried, then SsoUnavailableException")
    void revoke_unavailable_retriedThenThrows() {
        sso.route("/v2/oauth/revoke", r -> StubSso.Answer.json(503, "{}"));

        assertThatThrownBy(() -> client.revoke("RT-9")).isInstanceOf(SsoUnavailableException.class);
        assertThat(sso.requests("/v2/oauth/revoke")).hasSize(3);
    }
}
