package dev.esi4j.client;

import static dev.esi4j.testing.StubEsi.Resp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.EsiClient;
import dev.esi4j.EsiParameterException;
import dev.esi4j.EsiSpecException;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.testing.StubEsi;
import dev.esi4j.testing.TestClients;

class CallTest {

    private final StubEsi stub = new StubEsi();
    private EsiClient esi = EsiClient.builder().config(TestClients.config(stub)).build();

    @AfterEach
    void close() {
        esi.close();
        stub.close();
    }

    @Test
    @DisplayName("B48/B50: every request carries User-Agent, X-Tenant and X-Compatibility-Date")
    void getStatus_sendsIdentityHeaders() {
        stub.on("GET /status", r -> json(200, "{\"players\":12345,\"server_version\":\"1\"}"));
        JsonValue status = esi.operation("GetStatus").header("X-Extra", "1").header("User-Agent", "evil").result();
        assertThat(status.asJsonObject().getInt("players")).isEqualTo(12345);
        StubEsi.Req req = stub.requests().get(0);
        assertThat(req.header("User-Agent"))
                .matches("TestApp/1\\.2\\.3 \\(ops@example\\.test; \\+https://source\\.example\\.test\\) esi4j/.+");
        assertThat(req.header("X-Tenant")).isEqualTo("tranquility");
        assertThat(req.header("X-Compatibility-Date")).isEqualTo("2025-12-16");
        assertThat(req.header("X-Extra")).isEqualTo("1");
        assertThat(req.header("X-User-Agent")).isNull();
        assertThat(req.query()).doesNotContainKeys("user_agent", "datasource");
    }

    @Test
    @DisplayName("B48: optional X-User-Agent copy")
    void xUserAgentOption_sendsBoth() {
        esi.close();
        esi = EsiClient.builder().config(TestClients.config(stub, EsiConfigKeys.USER_AGENT_HEADER, "true")).build();
        stub.on("GET /status", r -> json(200, "{}"));
        esi.operation("GetStatus").result();
        StubEsi.Req req = stub.requests().get(0);
        assertThat(req.header("X-User-Agent")).isEqualTo(req.header("User-Agent")).startsWith("TestApp/1.2.3");
    }

    @Test
    void tagAndSnakeCaseAliases_callTheSameOperation() {
        stub.on("GET /status", r -> json(200, "{\"players\":1}"));
        assertThat(esi.tag("Status").operation("GetStatus").call().asJsonObject().getInt("players")).isEqualTo(1);
        assertThat(esi.operation("get_status").result().asJsonObject().getInt("players")).isEqualTo(1);
        assertThat(stub.requests()).hasSize(2);
        assertThatThrownBy(() -> esi.tag("Universe").operation("GetStatus")).isInstanceOf(EsiSpecException.class);
        assertThatThrownBy(() -> esi.operation("GetNothing")).isInstanceOf(EsiSpecException.class)
                .hasMessageContaining("GetNothing");
        assertThatThrownBy(() -> esi.tag("Nope")).isInstanceOf(EsiSpecException.class);
    }

    @Test
    @DisplayName("B51: 64-bit ids in paths and bodies round-trip exactly")
    void b51_largeIds_roundTrip() {
        stub.on("GET /universe/structures/1099999999991", r -> json(200,
                "{\"solar_system_id\":30000142,\"structure_id\":1099999999991,\"item_id\":9007199254740993}"));
        String at = dev.esi4j.testing.TestTokens.jwt(2147483647L, "esi-universe.read_structures.v1");
        JsonObject s = esi.operation("GetUniverseStructuresStructureId", Map.of("structure_id", 1099999999991L))
                .accessToken(at).result().asJsonObject();
        assertThat(stub.requests().get(0).path()).isEqualTo("/universe/structures/1099999999991");
        assertThat(s.getJsonNumber("item_id").longValueExact()).isEqualTo(9007199254740993L);
        Structure mapped = esi.operation("GetUniverseStructuresStructureId", Map.of("structure_id", "1099999999991"))
                .accessToken(at).as(Structure.class);
        assertThat(mapped.item_id()).isEqualTo(9007199254740993L);
        assertThat(mapped.structure_id()).isEqualTo(1099999999991L);
    }

    public record Structure(long solar_system_id, long structure_id, long item_id) {
    }

    @Test
    @DisplayName("B51: an int32 parameter beyond 2^31-1 is rejected locally")
    void b51_int32Overflow_rejectedBeforeSending() {
        assertThatThrownBy(() -> esi.operation("GetMarketsRegionIdOrders", Map.of("region_id", 10000002,
                "page", 2147483648L)).result())
                .isInstanceOf(EsiParameterException.class)
                .hasMessageContaining("GetMarketsRegionIdOrders").hasMessageContaining("'page'")
                .hasMessageContaining("int32");
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void parameterProblems_areNamedAndNothingIsSent() {
        assertThatThrownBy(() -> esi.operation("GetUniverseTypesTypeId").result())
                .isInstanceOf(EsiParameterException.class).hasMessageContaining("'type_id' is required");
        assertThatThrownBy(() -> esi.operation("GetUniverseTypesTypeId", Map.of("type_id", "abc")).result())
                .hasMessageContaining("'type_id' must be a number");
        assertThatThrownBy(() -> esi.operation("GetUniverseTypesTypeId", Map.of("type_id", 1.5)).result())
                .hasMessageContaining("whole number");
        assertThatThrownBy(() -> esi.operation("GetUniverseTypesTypeId", Map.of("type_id", 587, "typo", 1))
                .result()).hasMessageContaining("'typo' is unknown").hasMessageContaining("type_id");
        assertThatThrownBy(() -> esi.operation("GetMarketsRegionIdOrders",
                Map.of("region_id", 10000002, "order_type", "bogus")).result())
                .isInstanceOf(EsiParameterException.class).hasMessageContaining("one of [buy, sell, all]");
        assertThatThrownBy(() -> esi.operation("GetMarketsRegionIdOrders", Map.of("region_id", 1, "page", 0))
                .result()).hasMessageContaining("minimum is 1");
        assertThatThrownBy(() -> esi.operation("GetStatus").body(List.of(1)).result())
                .hasMessageContaining("'body' is not accepted");
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    void queryParameters_areEncoded() {
        stub.on("GET /markets/10000002/orders", r -> json(200, "[]").with("X-Pages", "1"));
        esi.operation("GetMarketsRegionIdOrders", Map.of("region_id", 10000002, "order_type", "sell",
                "type_id", 34)).result();
        StubEsi.Req req = stub.requests().get(0);
        assertThat(req.query()).containsEntry("order_type", "sell").containsEntry("type_id", "34");
    }

    @Test
    @DisplayName("B52: bulk POST bodies are bare JSON arrays with Content-Type application/json")
    void b52_postBody_isBareArray() {
        stub.on("POST /universe/names", r -> json(200, "[{\"id\":30000142,\"name\":\"Jita\",\"category\":"
                + "\"solar_system\"},{\"id\":60003760,\"name\":\"Jita IV\",\"category\":\"station\"}]"));
        JsonValue names = esi.operation("PostUniverseNames").body(List.of(30000142L, 60003760L)).result();
        assertThat(names.asJsonArray()).hasSize(2);
        StubEsi.Req req = stub.requests().get(0);
        assertThat(req.body()).isEqualTo("[30000142,60003760]");
        assertThat(req.header("Content-Type")).isEqualTo("application/json");
        assertThatThrownBy(() -> esi.operation("PostUniverseNames").result()).hasMessageContaining("'body' is "
                + "required");
    }
}
