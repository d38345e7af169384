package dev.esi4j.client;

import static dev.esi4j.testing.StubEsi.Resp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.EsiBulkResult;
import dev.esi4j.EsiClient;
import dev.esi4j.EsiParameterException;
import dev.esi4j.MissingScopesException;
import dev.esi4j.testing.FakeTime;
import dev.esi4j.testing.StubEsi;
import dev.esi4j.testing.TestClients;
import dev.esi4j.testing.TestTokens;
import dev.esi4j.testing.TestTokens.Fake;

class TokenBulkTest {

    private static final String WALLET_SCOPE = "esi-wallet.read_character_wallet.v1";

    private final StubEsi stub = new StubEsi();
    private final EsiClient esi = TestClients.client(stub, new FakeTime());

    @AfterEach
    void close() {
        esi.close();
        stub.close();
    }

    @Test
    void token_attachedAsBearer_characterIdDefaultsToTokensCharacter() {
        stub.on("GET /characters/2147000001/wallet", r -> json(200, "42.5"));
        Fake token = new Fake(TestTokens.CHAR_A, "AT-1", WALLET_SCOPE);
        assertThat(esi.operation("GetCharactersCharacterIdWallet").token(token).result().toString())
                .isEqualTo("42.5");
        assertThat(stub.requests().get(0).header("Authorization")).isEqualTo("Bearer AT-1");
        assertThat(token.accessCalls.get()).isEqualTo(1);
    }

    @Test
    void missingScope_failsBeforeSendingAndListsScopes() {
        Fake token = new Fake(TestTokens.CHAR_A, "AT-1", "esi-skills.read_skills.v1");
        assertThatThrownBy(() -> esi.operation("GetCharactersCharacterIdWallet").token(token).result())
                .isInstanceOf(MissingScopesException.class).hasMessageContaining(WALLET_SCOPE)
                .hasMessageContaining("GetCharactersCharacterIdWallet");
        assertThatThrownBy(() -> esi.operation("GetCharactersCharacterIdWallet",
                Map.of("character_id", TestTokens.CHAR_A)).result())
                .isInstanceOf(MissingScopesException.class).hasMessageContaining("needs a token");
        assertThatThrownBy(() -> esi.operation("GetCharactersCharacterIdWallet")
                .accessToken(TestTokens.jwt(TestTokens.CHAR_A, "esi-skills.read_skills.v1")).result())
                .isInstanceOf(MissingScopesException.class);
        assertThat(stub.requests()).isEmpty();
        assertThat(token.accessCalls.get()).isZero();
    }

    @Test
    void publicOperationWithToken_isAllowed() {
        stub.on("GET /status", r -> json(200, "{}"));
        esi.operation("GetStatus").token(new Fake(TestTokens.CHAR_A, "AT-1")).result();
        assertThat(stub.requests().get(0).header("Authorization")).isEqualTo("Bearer AT-1");
    }

    @Test
    @DisplayName("B52a: 1201 names via /universe/ids -> 3 POSTs of at most 500, merged")
    void b52a_names_chunkedBy500() {
        stub.on("POST /universe/ids", r -> {
            JsonArray body = Json.createReader(new java.io.StringReader(r.body())).readArray();
            if (body.size() > 500) {
                return json(400, "{\"error\":\"too many\"}");
            }
            StringBuilder chars = new StringBuilder("[");
            for (int i = 0; i < body.size(); i++) {
                chars.append(i > 0 ? "," : "").append("{\"id\":").append(i).append(",\"name\":")
                        .append(body.get(i)).append('}');
            }
            return json(200, "{\"characters\":" + chars + "]}");
        });
        List<String> names = IntStream.range(0, 1201).mapToObj(i -> "Pilot " + i).toList();
        EsiBulkResult result = esi.operation("PostUniverseIds").bulk(names);
        assertThat(result.requests()).isEqualTo(3);
        assertThat(result.data().asJsonObject().getJsonArray("characters")).hasSize(1201);
        assertThat(stub.requests()).hasSize(3);
        assertThatThrownBy(() -> esi.operation("PostUniverseIds").body(names).result())
                .isInstanceOf(EsiParameterException.class).hasMessageContaining("at most 500");
    }

    @Test
    @DisplayName("B52b: 2500 ids via /universe/names -> 3 POSTs of at most 1000")
    void b52b_ids_chunkedBy1000() {
        stub.on("POST /universe/names", r -> json(200, "[" + r.body().replaceAll("(\\d+)",
                "{\"id\":$1,\"name\":\"n\",\"category\":\"character\"}").replaceAll("^\\[|\\]$", "") + "]"));
        List<Long> ids = new ArrayList<>();
        for (long i = 0; i < 2500; i++) {
            ids.add(90_000_000L + i);
        }
        EsiBulkResult result = esi.operation("PostUniverseNames").bulk(ids);
        assertThat(result.data().asJsonArray()).hasSize(2500);
        assertThat(stub.requests()).hasSize(3).allSatisfy(r -> assertThat(r.body().split(",").length)
                .isLessThanOrEqualTo(1000));
    }

    @Test
    @DisplayName("B52c: an invalid id is isolated by bisection; the valid names still resolve")
    void b52c_invalidId_bisected() {
        stub.on("POST /universe/names", r -> {
            JsonArray body = Json.createReader(new java.io.StringReader(r.body())).readArray();
            if (body.stream().anyMatch(v -> v.toString().equals("1"))) {
                return json(404, "{\"error\":\"invalid ids\"}");
            }
            StringBuilder out = new StringBuilder("[");
            for (JsonValue v : body) {
                out.append(out.length() > 1 ? "," : "").append("{\"id\":").append(v).append(",\"name\":\"x\"}");
            }
            return json(200, out.append(']').toString());
        });
        EsiBulkResult result = esi.operation("PostUniverseNames").bulk(List.of(30000142L, 60003760L, 1L));
        assertThat(result.data().asJsonArray()).hasSize(2);
        assertThat(result.rejected()).containsExactly(1L);
        assertThat(stub.requests().size()).isLessThanOrEqualTo(2 * 2 + 1);
    }

    @Test
    void async_resultAndResults_complete() throws Exception {
        stub.on("GET /status", r -> json(200, "{\"players\":3}"));
        stub.on("GET /universe/factions", r -> json(200, "[1,2]"));
        assertThat(esi.operation("GetStatus").resultAsync().toCompletableFuture().get(10, TimeUnit.SECONDS)
                .asJsonObject().getInt("players")).isEqualTo(3);
        assertThat(esi.operation("GetUniverseFactions").resultsAsync().toCompletableFuture()
                .get(10, TimeUnit.SECONDS)).hasSize(2);
        assertThat(esi.operation("GetStatus").withResponse().resultAsync().toCompletableFuture()
                .get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
    }
}
