package dev.esi4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.JsonException;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultInjectionTest {

    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension(EsiSimulator.builder()
            .pages("GetMarketsRegionIdOrders", 3, 2));

    @Test
    void statusFault_answersEsiShapedJsonForNextNOnly_b41(EsiSimulator sim) {
        sim.faults().on("GetStatus").times(2).inject(Fault.status(503));
        assertThat(Http.get(sim, "/status").statusCode()).isEqualTo(503);
        HttpResponse<String> second = Http.get(sim, "/status");
        assertThat(second.body()).isEqualTo("{\"error\":\"The datasource tranquility is temporarily unavailable\","
                + "\"status\":503}");
        assertThat(Http.get(sim, "/status").statusCode()).isEqualTo(200);
        assertThat(sim.journal().requests("GetStatus")).extracting(RecordedRequest::status)
                .containsExactly(503, 503, 200);
    }

    @Test
    void gatewayTimeout_hasRecordedBody(EsiSimulator sim) {
        sim.faults().on("/status").times(1).inject(Fault.status(504));
        assertThat(Http.get(sim, "/status").body())
                .isEqualTo("{\"error\":\"Timeout contacting tranquility\",\"timeout\":10}");
    }

    @Test
    void htmlFault_isLoadBalancerPage_b42(EsiSimulator sim) {
        sim.faults().on("*").times(1).inject(Fault.html(502));
        HttpResponse<String> r = Http.get(sim, "/universe/types/34");
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/html");
        assertThat(r.body()).contains("<h1>502 Bad Gateway</h1>").hasSize(138);
    }

    @Test
    void rateLimitedAndErrorLimitedHelpers(EsiSimulator sim) {
        sim.faults().on("GetStatus").times(1).inject(Fault.rateLimited(Duration.ofSeconds(7)));
        sim.faults().on("GetStatus").times(1).inject(Fault.errorLimited());
        HttpResponse<String> r429 = Http.get(sim, "/status");
        assertThat(r429.statusCode()).isEqualTo(429);
        assertThat(r429.headers().firstValue("Retry-After")).hasValue("7");
        HttpResponse<String> r420 = Http.get(sim, "/status");
        assertThat(r420.statusCode()).isEqualTo(420);
        assertThat(r420.headers().firstValue("X-Esi-Error-Limit-Remain")).hasValue("0");
    }

    @Test
    void skipQueryAndPredicate_selectRequests(EsiSimulator sim) {
        sim.faults().on("GetMarketsRegionIdOrders").query("page", "2").skip(1).times(1).inject(Fault.status(500));
        sim.faults().on("*").when(r -> "yes".equals(r.header("X-Break"))).inject(Fault.status(400, "broken"));
        assertThat(Http.get(sim, "/markets/10000003/orders?page=2").statusCode()).isEqualTo(200);
        assertThat(Http.get(sim, "/markets/10000003/orders?page=2").statusCode()).isEqualTo(500);
        assertThat(Http.get(sim, "/markets/10000003/orders?page=2").statusCode()).isEqualTo(200);
        assertThat(Http.get(sim, "/status", "X-Break", "yes").body()).contains("broken");
    }

    @Test
    void pageCountAndLastModifiedDrift_b30(EsiSimulator sim) {
        Instant later = Instant.parse("2026-01-01T12:05:00Z");
        sim.faults().on("/markets/{region_id}/orders").query("page", "2")
                .inject(Fault.passThrough().withPages(4).withLastModified(later));
        HttpResponse<String> p1 = Http.get(sim, "/markets/10000003/orders?page=1");
        HttpResponse<String> p2 = Http.get(sim, "/markets/10000003/orders?page=2");
        assertThat(p1.headers().firstValue("X-Pages")).hasValue("3");
        assertThat(p2.headers().firstValue("X-Pages")).hasValue("4");
        assertThat(p2.headers().firstValue("Last-Modified")).hasValue("Thu, 01 Jan 2026 12:05:00 GMT");
        assertThat(p2.statusCode()).isEqualTo(200);
    }

    @Test
    void missingXPages_b28(EsiSimulator sim) {
        sim.faults().on("GetMarketsRegionIdOrders").inject(Fault.passThrough().withoutHeader("X-Pages"));
        assertThat(Http.get(sim, "/markets/10000003/orders").headers().firstValue("X-Pages")).isEmpty();
    }

    @Test
    void wrongContentType_keepsBody(EsiSimulator sim) {
        sim.faults().on("GetStatus").inject(Fault.passThrough().withContentType("text/plain"));
        HttpResponse<String> r = Http.get(sim, "/status");
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/plain");
        assertThat(r.body()).contains("server_version");
    }

    @Test
    void malformedAndTruncatedJson_doNotParse_b42(EsiSimulator sim) {
        sim.faults().on("GetStatus").times(1).inject(Fault.malformedJson());
        sim.faults().on("GetStatus").times(1).inject(Fault.truncatedBody());
        String full = Http.get(sim, "/universe/types/34").body();
        HttpResponse<String> malformed = Http.get(sim, "/status");
        assertThat(malformed.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> Http.json(malformed.body())).isInstanceOf(JsonException.class);
        HttpResponse<String> truncated = Http.get(sim, "/status");
        assertThat(truncated.body()).startsWith("{\"server_version\"").hasSizeLessThan(60);
        assertThatThrownBy(() -> Http.json(truncated.body())).isInstanceOf(JsonException.class);
        assertThat(full).isNotEmpty();
    }

    @Test
    void connectionReset_failsTheCall(EsiSimulator sim) {
        sim.faults().on("GetStatus").times(1).inject(Fault.connectionReset());
        assertThatThrownBy(() -> Http.get(sim, "/status")).hasCauseInstanceOf(IOException.class);
        assertThat(Http.get(sim, "/status").statusCode()).isEqualTo(200);
        assertThat(sim.journal().requests("GetStatus").get(0).status()).isZero();
    }

    @Test
    void prematureEof_failsTheCall(EsiSimulator sim) {
        sim.faults().on("GetStatus").times(1).inject(Fault.prematureEof());
        assertThatThrownBy(() -> Http.get(sim, "/status")).hasCauseInstanceOf(IOException.class);
    }

    @Test
    void stall_runsIntoTheClientTimeout_b43(EsiSimulator sim) {
        sim.faults().on("GetStatus").times(1).inject(Fault.stall(Duration.ofSeconds(30)));
        HttpRequest req = HttpRequest.newBuilder(sim.uri("/status")).timeout(Duration.ofMillis(500)).build();
        assertThatThrownBy(() -> Http.CLIENT.send(req, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void stallBody_sendsHeadersThenHangs_b43(EsiSimulator sim) {
        sim.faults().on("GetStatus").times(1).inject(Fault.stallBody(Duration.ofSeconds(30)));
        HttpRequest req = HttpRequest.newBuilder(sim.uri("/status")).build();
        CompletableFuture<HttpResponse<String>> call = Http.CLIENT.sendAsync(req, HttpResponse.BodyHandlers.ofString());
        assertThatThrownBy(() -> call.get(1, TimeUnit.SECONDS)).isInstanceOf(TimeoutException.class);
        call.cancel(true);
    }

    @Test
    void delay_holdsTheAnswerBack(EsiSimulator sim) {
        sim.faults().on("GetStatus").times(1).inject(Fault.delay(Duration.ofMillis(300)));
        long start = System.nanoTime();
        HttpResponse<String> r = Http.get(sim, "/status");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void ssoEndpoints_takeFaultsToo_b04(EsiSimulator sim) {
        sim.faults().on("/v2/oauth/*").times(1).inject(Fault.response(500, "text/plain", "internal error ref 0000"));
        sim.faults().on("/oauth/jwks").times(1).inject(Fault.html(502));
        HttpResponse<String> token = Http.post(sim, "/v2/oauth/token", "application/x-www-form-urlencoded",
                "grant_type=refresh_token&refresh_token=x");
        assertThat(token.statusCode()).isEqualTo(500);
        assertThat(token.body()).isEqualTo("internal error ref 0000");
        assertThat(Http.get(sim, "/oauth/jwks").statusCode()).isEqualTo(502);
        assertThat(Http.get(sim, "/oauth/jwks").statusCode()).isEqualTo(200);
    }

    @Test
    void concurrentAbove_failsOnlyTheExtraConcurrentCalls_b07(EsiSimulator sim) throws Exception {
        sim.faults().on("/v2/oauth/token").times(1).inject(Fault.delay(Duration.ofMillis(1500)));
        sim.faults().on("/v2/oauth/token").concurrentAbove(1).inject(Fault.status(500));
        String form = "grant_type=refresh_token&refresh_token=x";
        CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(
                () -> Http.post(sim, "/v2/oauth/token", "application/x-www-form-urlencoded", form));
        while (sim.journal().count("/v2/oauth/token") < 1) {
            Thread.sleep(10);
        }
        HttpResponse<String> concurrent = Http.post(sim, "/v2/oauth/token", "application/x-www-form-urlencoded", form);
        assertThat(concurrent.statusCode()).isEqualTo(500);
        assertThat(slow.get(20, TimeUnit.SECONDS).statusCode()).as("the first call is answered normally").isEqualTo(401);
        assertThat(Http.post(sim, "/v2/oauth/token", "application/x-www-form-urlencoded", form).statusCode())
                .as("alone again").isEqualTo(401);
    }

    @Test
    void clear_removesFaultsAndJournalRecordsHeadersAndBody(EsiSimulator sim) {
        sim.faults().on("*").inject(Fault.status(500));
        sim.faults().clear();
        Http.post(sim, "/universe/names", "application/json", "[30000142]", "User-Agent", "TestApp/1.2.3");
        RecordedRequest last = sim.journal().last();
        assertThat(last.method()).isEqualTo("POST");
        assertThat(last.path()).isEqualTo("/universe/names");
        assertThat(last.header("user-agent")).isEqualTo("TestApp/1.2.3");
        assertThat(last.body()).isEqualTo("[30000142]");
        assertThat(last.operationId()).isEqualTo("PostUniverseNames");
        assertThat(last.status()).isEqualTo(200);
        sim.journal().clear();
        assertThat(sim.journal().requests()).isEmpty();
    }
}
