package dev.esi4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.json.JsonArray;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.esi4j.EsiCallEvent;
import dev.esi4j.EsiClient;
import dev.esi4j.EsiHttpException;
import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.internal.client.ClientAssembly;
import dev.esi4j.internal.client.Policies;
import dev.esi4j.internal.policy.LimitState;
import dev.esi4j.simulator.EsiSimulator;
import dev.esi4j.simulator.EsiSimulatorExtension;
import dev.esi4j.simulator.Fault;

/** MISSION 4.5 and 4.20 on the simulator: the per-request event's fields, and the progress of results(). */
class CallEventsIT {

    static final long CHAR_A = 2147000001L;
    static final String ORDERS = "GetMarketsRegionIdOrders";

    /** A stopped simulator clock: no 5-minute snapshot boundary (a new Last-Modified) falls inside a results() run,
     * which would make it fetch the pages again and report their progress twice. */
    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension(EsiSimulator.builder()
            .clock(Clock.fixed(Instant.now(), ZoneOffset.UTC)));

    private final List<EsiCallEvent> events = new CopyOnWriteArrayList<>();
    private EsiClient esi;

    @AfterEach
    void close() {
        if (esi != null) {
            esi.close();
        }
    }

    private EsiClient client(EsiSimulator sim) {
        EsiConfig config = EsiConfig.builder().set(EsiConfigKeys.API_URL, sim.baseUrl())
                .set(EsiConfigKeys.APP_NAME, "TestApp").set(EsiConfigKeys.APP_VERSION, "1.2.3")
                .set(EsiConfigKeys.USER_CONTACT_EMAIL, "ops@example.test").set(EsiConfigKeys.DEV_MODE, "true")
                .set(EsiConfigKeys.SERVER_ERROR_BACKOFF_FACTOR, "0.01").build();
        esi = new ClientAssembly().config(config).listener(events::add)
                .policies(new Policies().limitState(new LimitState())).build();
        return esi;
    }

    private EsiCallEvent last() {
        return events.get(events.size() - 1);
    }

    @Test
    @DisplayName("4.20: a retried call's event: operation, method, path, final status, retries, latency")
    void event_retriedCall(EsiSimulator sim) {
        sim.faults().on("GetStatus").times(1).inject(Fault.status(503).withDelay(Duration.ofMillis(50)));
        client(sim).operation("GetStatus").result();
        assertThat(events).hasSize(1);
        EsiCallEvent e = last();
        assertThat(e.operationId()).isEqualTo("GetStatus");
        assertThat(e.method()).isEqualTo("GET");
        assertThat(e.path()).isEqualTo("/status");
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.retries()).isEqualTo(1);
        assertThat(e.cacheHit()).isFalse();
        assertThat(e.latency()).isGreaterThanOrEqualTo(Duration.ofMillis(50));
        assertThat(e.limitWait()).isZero();
        assertThat(e.error()).isNull();
    }

    @Test
    @DisplayName("4.20: a call served from the cache is an event with cacheHit and no retries")
    void event_cacheHit(EsiSimulator sim) {
        client(sim).operation("GetAlliances").result();
        esi.operation("GetAlliances").result();
        assertThat(sim.journal().count("GetAlliances")).isEqualTo(1);
        assertThat(events).extracting(EsiCallEvent::cacheHit).containsExactly(false, true);
        assertThat(last().path()).isEqualTo("/alliances");
        assertThat(last().status()).isEqualTo(200);
    }

    @Test
    @DisplayName("4.20: a 429 with Retry-After shows as limit wait; a 404 as status and error")
    void event_limitWaitAndError(EsiSimulator sim) {
        String token = sim.sso().accessToken(CHAR_A, "esi-wallet.read_character_wallet.v1");
        sim.faults().on("GetCharactersCharacterIdWallet").times(1).inject(Fault.rateLimited(Duration.ofSeconds(1)));
        client(sim).operation("GetCharactersCharacterIdWallet").accessToken(token).result();
        assertThat(last().limitWait()).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(last().latency()).isGreaterThanOrEqualTo(last().limitWait());
        assertThat(last().status()).isEqualTo(200);
        assertThat(last().toString()).doesNotContain(token);

        sim.faults().on("GetUniverseTypesTypeId").inject(Fault.status(404, "Type not found"));
        assertThatThrownBy(() -> esi.operation("GetUniverseTypesTypeId", Map.of("type_id", 1)).result())
                .isInstanceOf(EsiHttpException.class);
        assertThat(last().status()).isEqualTo(404);
        assertThat(last().error()).isNotNull();
        assertThat(last().retries()).isZero();
    }

    @Test
    @DisplayName("4.5: the progress listener sees every page of a concurrent results(), ending at the total")
    void progress_everyPage(EsiSimulator sim) {
        sim.esi().pages(ORDERS, 12, 5);
        List<int[]> progress = new CopyOnWriteArrayList<>();
        JsonArray all = client(sim).operation(ORDERS, Map.of("region_id", 10000043))
                .onProgress((done, total) -> progress.add(new int[] {done, total})).results();
        assertThat(all).hasSize(60);
        assertThat(progress).hasSize(12);
        assertThat(progress).allSatisfy(p -> assertThat(p[1]).isEqualTo(12));
        assertThat(progress.stream().mapToInt(p -> p[0]).sorted().toArray())
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(events).hasSize(12).allSatisfy(e -> assertThat(e.operationId()).isEqualTo(ORDERS));
    }
}
