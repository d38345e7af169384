package dev.esi4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import jakarta.json.JsonArray;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.esi4j.EsiBulkResult;
import dev.esi4j.EsiClient;
import dev.esi4j.EsiHttpException;
import dev.esi4j.EsiResponse;
import dev.esi4j.EsiTimeoutException;
import dev.esi4j.ErrorLimitedException;
import dev.esi4j.IncompleteResponseException;
import dev.esi4j.InvalidResponseException;
import dev.esi4j.MissingScopesException;
import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.internal.client.ClientAssembly;
import dev.esi4j.internal.client.Policies;
import dev.esi4j.internal.policy.LimitState;
import dev.esi4j.internal.policy.Sleeper;
import dev.esi4j.simulator.EsiSimulator;
import dev.esi4j.simulator.EsiSimulatorExtension;
import dev.esi4j.simulator.Fault;
import dev.esi4j.simulator.RecordedRequest;

/** The engine end to end against the ESI simulator (real HTTP, real spec-driven answers, injected faults). */
class EngineSimulatorIT {

    static final long CHAR_A = 2147000001L;
    static final String ORDERS = "GetMarketsRegionIdOrders";

    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension();

    private EsiClient esi;

    static EsiClient client(EsiSimulator sim, java.time.Clock clock, String... pairs) {
        EsiConfig.Builder b = EsiConfig.builder().set(EsiConfigKeys.API_URL, sim.baseUrl())
                .set(EsiConfigKeys.APP_NAME, "TestApp").set(EsiConfigKeys.APP_VERSION, "1.2.3")
                .set(EsiConfigKeys.USER_CONTACT_EMAIL, "ops@example.test").set(EsiConfigKeys.DEV_MODE, "true")
                .set(EsiConfigKeys.SERVER_ERROR_BACKOFF_FACTOR, "0.01");
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            b.set(pairs[i], pairs[i + 1]);
        }
        return new ClientAssembly().config(b.build()).clock(clock)
                .policies(new Policies().sleeper(Sleeper.SYSTEM).limitState(new LimitState())).build();
    }

    EsiClient client(EsiSimulator sim, String... pairs) {
        esi = client(sim, java.time.Clock.systemUTC(), pairs);
        return esi;
    }

    @AfterEach
    void close() {
        if (esi != null) {
            esi.close();
        }
    }

    private static JsonArray orders(EsiClient c, int region) {
        return c.operation(ORDERS, Map.of("region_id", region)).results();
    }

    @Test
    @DisplayName("B48/B50: User-Agent, X-Tenant and X-Compatibility-Date reach ESI; the date is echoed")
    void status_identityHeaders(EsiSimulator sim) {
        EsiResponse r = client(sim).operation("GetStatus").withResponse().result();
        assertThat(r.data().asJsonObject().containsKey("players")).isTrue();
        RecordedRequest req = sim.journal().last();
        assertThat(req.header("user-agent")).startsWith("TestApp/1.2.3 (ops@example.test) esi4j/");
        assertThat(req.header("x-tenant")).isEqualTo("tranquility");
        assertThat(req.header("x-compatibility-date")).isEqualTo("2025-12-16");
        assertThat(req.parameters()).doesNotContainKeys("user_agent", "datasource");
        assertThat(r.etag()).isPresent();
        assertThat(r.errorLimitRemain()).isPresent();
    }

    @Test
    @DisplayName("400 X-Pages pages fetched concurrently: complete, ordered, one snapshot")
    void fourHundredPages_completeOrderedConsistent(EsiSimulator sim) {
        sim.esi().pages(ORDERS, 400, 10);
        EsiResponse all = client(sim).operation(ORDERS, Map.of("region_id", 10000043)).withResponse().results();
        assertThat(all.pages()).isEqualTo(400);
        assertThat(all.data().asJsonArray()).hasSize(4000);
        assertThat(sim.journal().count(ORDERS)).isEqualTo(400);
        try (EsiClient serial = client(sim, java.time.Clock.systemUTC(), EsiConfigKeys.CACHE_RESPONSE, "false")) {
            JsonArray expected = jakarta.json.Json.createArrayBuilder().build();
            var builder = jakarta.json.Json.createArrayBuilder();
            for (int p = 1; p <= 400; p += 57) {
                serial.operation(ORDERS, Map.of("region_id", 10000043)).page(p).result().asJsonArray()
                        .forEach(builder::add);
            }
            expected = builder.build();
            List<String> sampled = IntStream.iterate(0, p -> p < 400, p -> p + 57)
                    .boxed().flatMap(p -> all.data().asJsonArray().subList(p * 10, p * 10 + 10).stream())
                    .map(Object::toString).toList();
            assertThat(expected.stream().map(Object::toString).toList()).isEqualTo(sampled);
        }
    }

    @Test
    @DisplayName("B28: X-Pages missing -> one request, page-1 items")
    void b28_missingXPages(EsiSimulator sim) {
        sim.esi().pages(ORDERS, 3, 5);
        sim.faults().on(ORDERS).inject(Fault.passThrough().withoutHeader("X-Pages"));
        assertThat(orders(client(sim), 10000043)).hasSize(5);
        assertThat(sim.journal().count(ORDERS)).isEqualTo(1);
    }

    @Test
    @DisplayName("B30: a page from a newer snapshot forces a refetch; the result is consistent")
    void b30_drift_refetched(EsiSimulator sim) {
        sim.esi().pages(ORDERS, 3, 5);
        sim.faults().on(ORDERS).query("page", "2").times(1)
                .inject(Fault.passThrough().withLastModified(Instant.now().plusSeconds(300)));
        assertThat(orders(client(sim), 10000043)).hasSize(15);
        assertThat(sim.journal().count(ORDERS)).isEqualTo(6);
    }

    @Test
    @DisplayName("B30: permanent drift -> IncompleteResponseException after 3 passes")
    void b30_permanentDrift_fails(EsiSimulator sim) {
        sim.esi().pages(ORDERS, 2, 5);
        sim.faults().on(ORDERS).query("page", "2").inject(Fault.passThrough().withPages(3));
        assertThatThrownBy(() -> orders(client(sim), 10000043)).isInstanceOf(IncompleteResponseException.class);
        assertThat(sim.journal().count(ORDERS)).isEqualTo(6);
    }

    @Test
    @DisplayName("B29: an announced page answering 404 restarts the pass")
    void b29_vanishedPage_restarts(EsiSimulator sim) {
        sim.esi().pages(ORDERS, 3, 5);
        sim.faults().on(ORDERS).query("page", "3").times(1).inject(Fault.status(404, "page not found"));
        assertThat(orders(client(sim), 10000043)).hasSize(15);
    }

    @Test
    @DisplayName("B41: two 502s then success -> exactly 3 requests")
    void b41_gatewayErrors_retried(EsiSimulator sim) {
        sim.faults().on("GetStatus").times(2).inject(Fault.status(502));
        client(sim).operation("GetStatus").result();
        assertThat(sim.journal().count("GetStatus")).isEqualTo(3);
    }

    @Test
    @DisplayName("B42: HTML 502 pages end in an HTTP error with excerpt; malformed JSON in an invalid-response error")
    void b42_htmlAndMalformed(EsiSimulator sim) {
        sim.faults().on("GetStatus").inject(Fault.html(502));
        assertThatThrownBy(() -> client(sim).operation("GetStatus").result()).isInstanceOf(EsiHttpException.class)
                .hasMessageContaining("502");
        assertThat(sim.journal().count("GetStatus")).isEqualTo(4);
        sim.faults().clear();
        sim.faults().on("GetUniverseFactions").inject(Fault.malformedJson());
        assertThatThrownBy(() -> esi.operation("GetUniverseFactions").results())
                .isInstanceOf(InvalidResponseException.class);
        assertThat(sim.journal().count("GetUniverseFactions")).isEqualTo(2);
    }

    @Test
    @DisplayName("B43c: headers then a stalled body -> timeout error; a reset connection is retried")
    void b43_stallAndReset(EsiSimulator sim) {
        sim.faults().on("GetStatus").times(1).inject(Fault.stall(Duration.ofSeconds(20)));
        assertThatThrownBy(() -> client(sim).operation("GetStatus").timeout(Duration.ofMillis(400)).retries(0)
                .result()).isInstanceOf(EsiTimeoutException.class);
        sim.faults().clear();
        sim.faults().on("GetUniverseFactions").times(1).inject(Fault.connectionReset());
        esi.operation("GetUniverseFactions").result();
        assertThat(sim.journal().count("GetUniverseFactions")).isEqualTo(2);
    }

    @Test
    @DisplayName("B37: a 420 -> ErrorLimitedException with the reset, no retry, later calls held")
    void b37_errorLimited(EsiSimulator sim) {
        sim.faults().on("GetStatus").times(1)
                .inject(Fault.errorLimited().withHeader("X-ESI-Error-Limit-Reset", "37"));
        client(sim, EsiConfigKeys.ERROR_LIMIT_MODE, "fail");
        assertThatThrownBy(() -> esi.operation("GetStatus").result()).isInstanceOf(ErrorLimitedException.class)
                .satisfies(e -> assertThat(((ErrorLimitedException) e).reset()).isEqualTo(Duration.ofSeconds(37)));
        assertThatThrownBy(() -> esi.operation("GetUniverseFactions").result())
                .isInstanceOf(ErrorLimitedException.class);
        assertThat(sim.journal().count("*")).isEqualTo(1);
    }

    @Test
    @DisplayName("B39: 429 with Retry-After: 1 -> one retry no earlier than 1 s later")
    void b39_rateLimited_retriedAfterDelay(EsiSimulator sim) {
        String token = sim.sso().accessToken(CHAR_A, "esi-wallet.read_character_wallet.v1");
        sim.faults().on("GetCharactersCharacterIdWallet").times(1).inject(Fault.rateLimited(Duration.ofSeconds(1)));
        client(sim).operation("GetCharactersCharacterIdWallet").accessToken(token).result();
        List<RecordedRequest> calls = sim.journal().requests("GetCharactersCharacterIdWallet");
        assertThat(calls).hasSize(2);
        assertThat(Duration.between(calls.get(0).time(), calls.get(1).time())).isGreaterThanOrEqualTo(
                Duration.ofMillis(900));
    }

    @Test
    void tokens_signedBySimulator_acceptedAndScopesChecked(EsiSimulator sim) {
        String token = sim.sso().accessToken(CHAR_A, "esi-wallet.read_character_wallet.v1");
        assertThat(client(sim).operation("GetCharactersCharacterIdWallet").accessToken(token).result().getValueType())
                .isEqualTo(jakarta.json.JsonValue.ValueType.NUMBER);
        assertThat(sim.journal().last().path()).isEqualTo("/characters/2147000001/wallet");
        assertThatThrownBy(() -> esi.operation("GetCharactersCharacterIdAssets").accessToken(token).results())
                .isInstanceOf(MissingScopesException.class);
    }

    @Test
    @DisplayName("B49: localized results carry the language on each request and differ by language")
    void b49_localized(EsiSimulator sim) {
        Map<String, JsonArray> names = client(sim).operation("GetUniverseRegionsRegionId",
                Map.of("region_id", 10000001)).resultsLocalized("en", "ja");
        assertThat(names.get("en").getJsonObject(0).getString("name"))
                .isNotEqualTo(names.get("ja").getJsonObject(0).getString("name"));
        assertThat(sim.journal().requests("GetUniverseRegionsRegionId"))
                .extracting(r -> r.header("accept-language")).containsExactly("en", "ja");
    }

    @Test
    @DisplayName("B52: 1201 names resolve in 3 POSTs the simulator accepts")
    void b52_bulkNames(EsiSimulator sim) {
        List<String> names = IntStream.range(0, 1201).mapToObj(i -> "Name " + i).toList();
        EsiBulkResult r = client(sim).operation("PostUniverseIds").bulk(names);
        assertThat(r.rejected()).isEmpty();
        assertThat(sim.journal().count("PostUniverseIds")).isEqualTo(3);
        assertThat(sim.journal().requests("PostUniverseIds")).allSatisfy(q -> assertThat(q.status()).isEqualTo(200));
    }

    @Test
    @DisplayName("B32: a stale entry is revalidated; the simulator's 304 returns the cached body")
    void b32_revalidation(EsiSimulator sim) {
        dev.esi4j.testing.FakeTime time = new dev.esi4j.testing.FakeTime();
        time.set(Instant.now());
        esi = client(sim, time);
        EsiResponse first = esi.operation("GetUniverseTypesTypeId", Map.of("type_id", 587)).withResponse().result();
        time.advance(Duration.ofDays(2));
        EsiResponse second = esi.operation("GetUniverseTypesTypeId", Map.of("type_id", 587)).withResponse()
                .result();
        assertThat(second.cacheHit()).isTrue();
        assertThat(second.data()).isEqualTo(first.data());
        assertThat(sim.journal().last().status()).isEqualTo(304);
        assertThat(sim.journal().last().header("if-none-match")).isEqualTo(first.etag().orElseThrow());
    }
}
