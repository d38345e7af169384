package dev.esi4j.client;

import static dev.esi4j.testing.StubEsi.Resp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.esi4j.EsiClient;
import dev.esi4j.EsiConnectionException;
import dev.esi4j.EsiHttpException;
import dev.esi4j.EsiTimeoutException;
import dev.esi4j.InvalidResponseException;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.testing.FakeTime;
import dev.esi4j.testing.StubEsi;
import dev.esi4j.testing.StubEsi.Resp;
import dev.esi4j.testing.TestClients;
import dev.esi4j.testing.TestTokens;

class RetryTest {

    private final StubEsi stub = new StubEsi();
    private final FakeTime time = new FakeTime();
    private EsiClient esi = client();

    private EsiClient client(String... pairs) {
        String[] all = new String[pairs.length + 4];
        all[0] = EsiConfigKeys.SERVER_ERROR_BACKOFF_FACTOR;
        all[1] = "0.2";
        all[2] = EsiConfigKeys.CACHE_RESPONSE;
        all[3] = "false";
        System.arraycopy(pairs, 0, all, 4, pairs.length);
        return TestClients.client(stub, time, all);
    }

    @AfterEach
    void close() {
        esi.close();
        stub.close();
    }

    private void script(String route, Resp... answers) {
        Iterator<Resp> it = List.of(answers).iterator();
        Resp last = answers[answers.length - 1];
        stub.on(route, r -> it.hasNext() ? it.next() : last);
    }

    @Test
    @DisplayName("B41a: 502, 504, 200 -> success after exactly 3 requests with growing backoff")
    void b41a_gatewayErrors_retriedWithBackoff() {
        script("GET /status", json(502, "{\"error\":\"upstream timeout\"}"), json(504, "{}"), json(200, "{}"));
        esi.operation("GetStatus").result();
        assertThat(stub.requests()).hasSize(3);
        assertThat(time.sleeps()).hasSize(2);
        assertThat(time.sleeps().get(0).toMillis()).isBetween(200L, 250L);
        assertThat(time.sleeps().get(1).toMillis()).isBetween(400L, 500L);
    }

    @Test
    @DisplayName("B41b: 503 four times -> exactly 4 requests, then an error carrying 503")
    void b41b_budgetExhausted_errorWithStatus() {
        script("GET /status", json(503, "{\"error\":\"The datasource tranquility is temporarily unavailable\"}"));
        assertThatThrownBy(() -> esi.operation("GetStatus").result()).isInstanceOf(EsiHttpException.class)
                .satisfies(e -> assertThat(((EsiHttpException) e).status()).isEqualTo(503))
                .hasMessageContaining("temporarily unavailable");
        assertThat(stub.requests()).hasSize(4);
    }

    @Test
    @DisplayName("B41c: max retries 0 -> exactly 1 request")
    void b41c_zeroBudget_singleRequest() {
        esi.close();
        esi = client(EsiConfigKeys.SERVER_ERROR_MAX_RETRIES, "0");
        script("GET /status", json(502, "{}"));
        assertThatThrownBy(() -> esi.operation("GetStatus").result()).isInstanceOf(EsiHttpException.class);
        assertThat(stub.requests()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 400, 404, 403})
    @DisplayName("B41d: 500 and 4xx are never retried")
    void b41d_otherErrors_notRetried(int status) {
        script("GET /status", json(status, "{\"error\":\"x\"}"));
        assertThatThrownBy(() -> esi.operation("GetStatus").result()).isInstanceOf(EsiHttpException.class);
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    @DisplayName("B41e: the lookup POST is retried, the mail POST is not")
    void b41e_onlyIdempotentPostsRetried() {
        script("POST /universe/names", json(504, "{}"), json(200, "[]"));
        esi.operation("PostUniverseNames").body(List.of(30000142)).result();
        assertThat(stub.requests("/universe/names")).hasSize(2);
        script("POST /characters/2147000001/mail", json(504, "{}"), json(201, "1"));
        assertThatThrownBy(() -> esi.operation("PostCharactersCharacterIdMail")
                .accessToken(TestTokens.jwt(TestTokens.CHAR_A, "esi-mail.send_mail.v1"))
                .body(Map.of("recipients", List.of(Map.of("recipient_id", 1, "recipient_type", "character")),
                        "subject", "s", "body", "b")).result()).isInstanceOf(EsiHttpException.class);
        assertThat(stub.requests("/characters/2147000001/mail")).hasSize(1);
    }

    @Test
    @DisplayName("B41f: per-call retries(1) with 503 twice -> exactly 2 requests")
    void b41f_perCallOverride() {
        script("GET /status", json(503, "{}"));
        assertThatThrownBy(() -> esi.operation("GetStatus").retries(1).result()).isInstanceOf(EsiHttpException.class);
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    @DisplayName("B41: Retry-After on a 503 is honoured")
    void b41_retryAfter_honoured() {
        script("GET /status", json(503, "{}").with("Retry-After", "3"), json(200, "{}"));
        esi.operation("GetStatus").result();
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    @DisplayName("B42a/b: HTML gateway pages are retryable errors with status and excerpt")
    void b42ab_htmlGatewayPage_httpErrorWithExcerpt() {
        script("GET /status", Resp.of(502, "text/html", "<html><body><h1>Server Error</h1></body></html>"));
        assertThatThrownBy(() -> esi.operation("GetStatus").result()).isInstanceOf(EsiHttpException.class)
                .hasMessageContaining("502").hasMessageContaining("Server Error");
        assertThat(stub.requests()).hasSize(4);
    }

    @Test
    @DisplayName("B42c: 400 text/plain -> client error with status 400 and the raw text")
    void b42c_plainText400_clientError() {
        script("GET /status", Resp.of(400, "text/plain", "Bad Request"));
        assertThatThrownBy(() -> esi.operation("GetStatus").result()).isInstanceOf(EsiHttpException.class)
                .satisfies(e -> assertThat(((EsiHttpException) e).bodyExcerpt()).isEqualTo("Bad Request"))
                .satisfies(e -> assertThat(((EsiHttpException) e).status()).isEqualTo(400));
    }

    @Test
    @DisplayName("B42d: truncated JSON on 200 -> invalid-response error, retried once")
    void b42d_truncatedJson_invalidResponseAfterOneRetry() {
        script("GET /universe/factions", json(200, "[{\"a\":1"));
        assertThatThrownBy(() -> esi.operation("GetUniverseFactions").results())
                .isInstanceOf(InvalidResponseException.class).hasMessageContaining("not valid JSON");
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    @DisplayName("B42e: 200 text/html maintenance page -> invalid-response error, never an empty list")
    void b42e_htmlOn200_invalidResponse() {
        script("GET /universe/factions", Resp.of(200, "text/html", "<html>maintenance</html>"));
        assertThatThrownBy(() -> esi.operation("GetUniverseFactions").results())
                .isInstanceOf(InvalidResponseException.class).hasMessageContaining("text/html");
    }

    @Test
    @DisplayName("B43a: a server that never answers -> timeout error; GETs retried per the connection budget")
    void b43a_readTimeout_timeoutErrorAfterRetries() {
        script("GET /status", json(200, "{}").delayed(3000));
        assertThatThrownBy(() -> esi.operation("GetStatus").timeout(Duration.ofMillis(150)).retries(1).result())
                .isInstanceOf(EsiTimeoutException.class).hasMessageContaining("GetStatus");
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    @DisplayName("B43: a read timeout on a non-idempotent POST is not retried")
    void b43_postReadTimeout_notRetried() {
        script("POST /characters/2147000001/mail", json(201, "1").delayed(3000));
        assertThatThrownBy(() -> esi.operation("PostCharactersCharacterIdMail")
                .accessToken(TestTokens.jwt(TestTokens.CHAR_A, "esi-mail.send_mail.v1"))
                .timeout(Duration.ofMillis(150))
                .body(Map.of("recipients", List.of(Map.of("recipient_id", 1, "recipient_type", "character")),
                        "subject", "s", "body", "b")).result()).isInstanceOf(EsiTimeoutException.class);
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    @DisplayName("B43b: refused connections -> connection error after 1 + 3 attempts")
    void b43b_connectionRefused_connectionErrorAfterRetries() {
        int port = stub.url().getPort();
        stub.close();
        esi.close();
        esi = TestClients.client(stub, time, EsiConfigKeys.API_URL, "http://127.0.0.1:" + port);
        assertThatThrownBy(() -> esi.operation("GetStatus").result()).isInstanceOf(EsiConnectionException.class)
                .hasMessageContaining("4 attempt");
        assertThat(time.sleeps()).hasSize(3);
    }
}
