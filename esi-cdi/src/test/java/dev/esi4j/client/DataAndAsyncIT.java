package dev.esi4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.esi4j.EsiClient;
import dev.esi4j.EsiException;
import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.simulator.EsiSimulator;
import dev.esi4j.simulator.EsiSimulatorExtension;
import dev.esi4j.simulator.Fault;

/** MISSION 4.8 and 4.17 on the simulator: new fields and enum values never break a call; async on an executor. */
class DataAndAsyncIT {

    static final String ORDERS = "GetMarketsRegionIdOrders";

    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension();

    private EsiClient esi;
    private ExecutorService executor;

    /** The fields an application maps; ESI sends more. */
    public record Status(int players, String server_version) {
    }

    /** An enum mapped as text, as the typed API does. */
    public record Campaign(long campaign_id, String event_type) {
    }

    /** An enum mapped to a Java enum: a new ESI value cannot map, so it is a clear error. */
    public record StrictCampaign(long campaign_id, EventType event_type) {
    }

    /** Known event types. */
    public enum EventType { tcu_defense, ihub_defense, station_defense, station_freeport }

    @AfterEach
    void close() {
        if (esi != null) {
            esi.close();
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private EsiClient client(EsiSimulator sim) {
        esi = EngineSimulatorIT.client(sim, java.time.Clock.systemUTC());
        return esi;
    }

    @Test
    @DisplayName("4.8: a field ESI added later is kept in the JSON and ignored by the mapping")
    void unknownField_neverBreaksACall(EsiSimulator sim) {
        sim.faults().on("GetStatus").inject(Fault.response(200, "application/json",
                "{\"players\":31337,\"server_version\":\"2999999\",\"start_time\":\"2026-12-03T11:05:00Z\","
                        + "\"brand_new_field\":{\"nested\":[1,2,3]}}"));
        JsonObject raw = client(sim).operation("GetStatus").result().asJsonObject();
        assertThat(raw.getJsonObject("brand_new_field").getJsonArray("nested")).hasSize(3);
        Status status = esi.operation("GetStatus").ignoreCache().as(Status.class);
        assertThat(status).isEqualTo(new Status(31337, "2999999"));
    }

    @Test
    @DisplayName("4.8: an enum value ESI added later reaches the application; a strict Java enum gets a clear error")
    void unknownEnumValue_neverBreaksACall(EsiSimulator sim) {
        sim.faults().on("GetSovereigntyCampaigns").inject(Fault.response(200, "application/json",
                "[{\"campaign_id\":7,\"event_type\":\"skyhook_defense\",\"constellation_id\":20000001,"
                        + "\"defender_score\":0.6,\"attackers_score\":0.4,\"solar_system_id\":30000001,"
                        + "\"structure_id\":1000000000001,\"start_time\":\"2026-12-03T11:05:00Z\"}]"));
        JsonArray campaigns = client(sim).operation("GetSovereigntyCampaigns").results();
        assertThat(campaigns.getJsonObject(0).getString("event_type")).isEqualTo("skyhook_defense");
        List<Campaign> mapped = esi.operation("GetSovereigntyCampaigns").asListOf(Campaign.class);
        assertThat(mapped).containsExactly(new Campaign(7, "skyhook_defense"));
        assertThatThrownBy(() -> esi.operation("GetSovereigntyCampaigns").asListOf(StrictCampaign.class))
                .isInstanceOf(EsiException.class).hasMessageContaining("StrictCampaign");
    }

    @Test
    @DisplayName("4.17: resultsAsync() fetches all pages on the client's executor (a managed one when given)")
    void resultsAsync_onTheGivenExecutor(EsiSimulator sim) throws Exception {
        sim.esi().pages(ORDERS, 6, 5);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        executor = Executors.newFixedThreadPool(3, r -> new Thread(() -> {
            threads.add(Thread.currentThread().getName());
            r.run();
        }, "app-managed-" + threads.size()));
        EsiConfig config = EsiConfig.builder().set(EsiConfigKeys.API_URL, sim.baseUrl())
                .set(EsiConfigKeys.APP_NAME, "TestApp").set(EsiConfigKeys.APP_VERSION, "1.2.3")
                .set(EsiConfigKeys.USER_CONTACT_EMAIL, "ops@example.test").set(EsiConfigKeys.DEV_MODE, "true")
                .build();
        esi = EsiClient.builder().config(config).executor(executor).build();
        JsonArray all = esi.operation(ORDERS, Map.of("region_id", 10000043)).resultsAsync().toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        assertThat(all).hasSize(30);
        assertThat(sim.journal().count(ORDERS)).isEqualTo(6);
        assertThat(threads).isNotEmpty().allSatisfy(t -> assertThat(t).startsWith("app-managed-"));
        esi.close();
        assertThat(executor.isShutdown()).as("a given executor is not the client's to shut down").isFalse();
    }
}
