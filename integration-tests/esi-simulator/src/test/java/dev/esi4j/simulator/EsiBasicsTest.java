package dev.esi4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EsiBasicsTest {

    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension();

    @Test
    void status_servesRecordedBody(EsiSimulator sim) {
        HttpResponse<String> r = Http.get(sim, "/status");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonObject body = Http.json(r.body()).asJsonObject();
        assertThat(body.getString("server_version")).isEqualTo("3539543");
        assertThat(body.getInt("players")).isEqualTo(19652);
        assertThat(r.headers().firstValue("X-Compatibility-Date")).hasValue("2025-12-16");
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> v.startsWith("application/json"));
    }

    @Test
    void generatedOperation_isDeterministicAndEchoesPathId(EsiSimulator sim) {
        HttpResponse<String> a = Http.get(sim, "/universe/types/587");
        HttpResponse<String> b = Http.get(sim, "/universe/types/587");
        assertThat(a.statusCode()).isEqualTo(200);
        assertThat(a.body()).isEqualTo(b.body());
        assertThat(Http.json(a.body()).asJsonObject().getJsonNumber("type_id").longValue()).isEqualTo(587);
    }

    @Test
    void builderFixture_isServedForPathAndLegacyForm_b51() {
        try (EsiSimulator sim = EsiSimulator.builder().fixture("/universe/structures/1099999999991",
                "{\"name\":\"S\",\"owner_id\":98000001,\"solar_system_id\":30000142,"
                        + "\"item_id\":9007199254740993}").start()) {
            String body = Http.get(sim, "/latest/universe/structures/1099999999991/", "Authorization", "Bearer "
                    + sim.sso().accessToken(SimCharacter.PILOT_ALPHA.id(), "esi-universe.read_structures.v1")).body();
            assertThat(Http.json(body).asJsonObject().getJsonNumber("item_id").longValueExact())
                    .isEqualTo(9007199254740993L);
        }
    }

    @Test
    void marketOrders_recordedPagesWithXPages(EsiSimulator sim) {
        HttpResponse<String> p1 = Http.get(sim, "/markets/10000002/orders?page=1");
        HttpResponse<String> p2 = Http.get(sim, "/markets/10000002/orders?page=2");
        HttpResponse<String> p3 = Http.get(sim, "/markets/10000002/orders?page=3");
        assertThat(p1.headers().firstValue("X-Pages")).hasValue("2");
        assertThat(((JsonArray) Http.json(p2.body())).getJsonObject(0).getJsonNumber("order_id").longValue())
                .isPositive();
        assertThat(p3.statusCode()).as("B29 page beyond X-Pages").isEqualTo(404);
    }
}
