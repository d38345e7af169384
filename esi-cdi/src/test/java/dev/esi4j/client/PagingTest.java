package dev.esi4j.client;

import static dev.esi4j.testing.StubEsi.Resp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.esi4j.EsiClient;
import dev.esi4j.EsiHttpException;
import dev.esi4j.EsiResponse;
import dev.esi4j.IncompleteResponseException;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.testing.StubEsi;
import dev.esi4j.testing.TestClients;

class PagingTest {

    private static final String ORDERS = "/markets/10000002/orders";
    private static final String L1 = "Thu, 01 Jan 2026 12:00:00 GMT";
    private static final String L2 = "Thu, 01 Jan 2026 12:05:00 GMT";

    private final StubEsi stub = new StubEsi();
    private final EsiClient esi = EsiClient.builder()
            .config(TestClients.config(stub, EsiConfigKeys.CACHE_RESPONSE, "false")).build();

    @AfterEach
    void close() {
        esi.close();
        stub.close();
    }

    private JsonArray orders() {
        return esi.operation("GetMarketsRegionIdOrders", Map.of("region_id", 10000002)).results();
    }

    private static int page(StubEsi.Req r) {
        return Integer.parseInt(r.query().getOrDefault("page", "1"));
    }

    static String items(int from, int to) {
        StringBuilder b = new StringBuilder("[");
        for (int i = from; i <= to; i++) {
            b.append(i > from ? "," : "").append("{\"order_id\":").append(i).append('}');
        }
        return b.append(']').toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "abc"})
    @DisplayName("B28: no usable X-Pages -> one request, the items, no exception")
    void b28_missingXPages_returnsFirstPage(String xPages) {
        stub.on("GET " + ORDERS, r -> xPages.isEmpty() ? json(200, items(1, 2))
                : json(200, items(1, 2)).with("X-Pages", xPages));
        assertThat(orders()).hasSize(2);
        assertThat(stub.requests()).hasSize(1);
    }

    @Test
    @DisplayName("B29: an announced page that 404s restarts from page 1 and returns the newer snapshot")
    void b29_vanishedPage_restartsAndReturnsConsistentSnapshot() {
        AtomicInteger firstPages = new AtomicInteger();
        stub.on("GET " + ORDERS, r -> {
            int p = page(r);
            if (p == 1 && firstPages.incrementAndGet() == 1) {
                return json(200, items(1, 1000)).with("X-Pages", "3").with("Last-Modified", L1);
            }
            if (p == 3) {
                return json(404, "{\"error\":\"page not found\"}");
            }
            return json(200, items((p - 1) * 1000 + 1, p * 1000)).with("X-Pages", "2").with("Last-Modified", L2);
        });
        JsonArray all = orders();
        assertThat(all).hasSize(2000);
        assertThat(firstPages.get()).isEqualTo(2);
    }

    @Test
    @DisplayName("B29: a 404 on page 1 is the normal not-found error")
    void b29_firstPage404_isNotFound() {
        stub.on("GET " + ORDERS, r -> json(404, "{\"error\":\"character not found\"}"));
        assertThatThrownBy(this::orders).isInstanceOf(EsiHttpException.class)
                .satisfies(e -> assertThat(((EsiHttpException) e).status()).isEqualTo(404));
    }

    @Test
    @DisplayName("B30: pages from different snapshots are refetched; the result is one snapshot")
    void b30_snapshotDrift_refetchesUntilConsistent() {
        AtomicInteger served = new AtomicInteger();
        stub.on("GET " + ORDERS, r -> {
            int p = page(r);
            if (served.getAndIncrement() == 0) {
                return json(200, items(1, 1000)).with("X-Pages", "2").with("Last-Modified", L1);
            }
            if (served.get() == 2 && p == 2) {
                return json(200, items(1000, 1999)).with("X-Pages", "3").with("Last-Modified", L2);
            }
            int to = Math.min(2500, p * 1000);
            return json(200, items((p - 1) * 1000 + 1, to)).with("X-Pages", "3").with("Last-Modified", L2);
        });
        JsonArray all = orders();
        assertThat(all).hasSize(2500);
        assertThat(all.stream().map(v -> v.asJsonObject().getInt("order_id")).distinct().count()).isEqualTo(2500);
        assertThat(stub.requests().size()).isLessThanOrEqualTo(2 + 3);
    }

    @Test
    @DisplayName("B30: permanent drift ends in a dedicated error after 3 passes")
    void b30_permanentDrift_failsAfterThreePasses() {
        AtomicInteger n = new AtomicInteger();
        stub.on("GET " + ORDERS, r -> json(200, items(1, 2)).with("X-Pages", "2")
                .with("Last-Modified", "Thu, 01 Jan 2026 12:00:0" + (n.incrementAndGet() % 10) + " GMT"));
        assertThatThrownBy(this::orders).isInstanceOf(IncompleteResponseException.class)
                .hasMessageContaining("3 passes");
        assertThat(stub.requests()).hasSize(6);
    }

    @Test
    void fourHundredPages_fetchedConcurrently_completeOrderedConsistent() {
        stub.on("GET " + ORDERS, r -> {
            int p = page(r);
            return json(200, items(p * 10 - 9, p * 10)).with("X-Pages", "400").with("Last-Modified", L1);
        });
        List<int[]> progress = new CopyOnWriteArrayList<>();
        EsiResponse response = esi.operation("GetMarketsRegionIdOrders", Map.of("region_id", 10000002))
                .onProgress((done, total) -> progress.add(new int[] {done, total})).withResponse().results();
        JsonArray all = response.data().asJsonArray();
        assertThat(all).hasSize(4000);
        List<Integer> ids = new ArrayList<>();
        all.forEach(v -> ids.add(v.asJsonObject().getInt("order_id")));
        assertThat(ids).isSorted().doesNotHaveDuplicates();
        assertThat(response.pages()).isEqualTo(400);
        assertThat(response.lastModified()).isPresent();
        assertThat(stub.requests()).hasSize(400);
        assertThat(progress).hasSize(400).allSatisfy(p -> assertThat(p[1]).isEqualTo(400));
    }

    @Test
    void resultAndPage_returnOnePage() {
        stub.on("GET " + ORDERS, r -> json(200, items(page(r), page(r))).with("X-Pages", "3"));
        JsonValue first = esi.operation("GetMarketsRegionIdOrders", Map.of("region_id", 10000002)).result();
        JsonValue third = esi.operation("GetMarketsRegionIdOrders", Map.of("region_id", 10000002)).page(3).result();
        assertThat(first.asJsonArray().getJsonObject(0).getInt("order_id")).isEqualTo(1);
        assertThat(third.asJsonArray().getJsonObject(0).getInt("order_id")).isEqualTo(3);
    }

    @Test
    void cursorPagination_followsBeforeUntilEmpty() {
        Function<StubEsi.Req, StubEsi.Resp> handler = r -> {
            String before = r.query().get("before");
            if (before == null) {
                return json(200, "{\"cursor\":{\"before\":\"c2\",\"after\":\"a1\"},\"projects\":[{\"id\":\"p3\"}]}");
            }
            if (before.equals("c2")) {
                return json(200, "{\"cursor\":{\"before\":\"c1\",\"after\":\"a1\"},\"projects\":[{\"id\":\"p2\"},"
                        + "{\"id\":\"p1\"}]}");
            }
            return json(200, "{\"cursor\":{\"after\":\"a1\"},\"projects\":[]}");
        };
        stub.on("GET /corporations/98000001/projects", handler);
        JsonArray all = esi.operation("GetCorporationsProjectsListing", Map.of("corporation_id", 98000001))
                .accessToken(dev.esi4j.testing.TestTokens.jwt(1, "esi-corporations.read_projects.v1")).results();
        assertThat(all).hasSize(3);
        assertThat(stub.requests()).hasSize(3);
    }

    @Test
    void fromIdPagination_walksBackwards() {
        stub.on("GET /characters/2147000001/wallet/transactions", r -> {
            String from = r.query().get("from_id");
            if (from == null) {
                return json(200, "[{\"transaction_id\":30},{\"transaction_id\":20}]");
            }
            if (from.equals("20")) {
                return json(200, "[{\"transaction_id\":20},{\"transaction_id\":10}]");
            }
            return json(200, "[{\"transaction_id\":10}]");
        });
        JsonArray all = esi.operation("GetCharactersCharacterIdWalletTransactions")
                .accessToken(dev.esi4j.testing.TestTokens.jwt(2147000001L, "esi-wallet.read_character_wallet.v1"))
                .results();
        assertThat(all).hasSize(3);
        assertThat(stub.requests()).hasSize(3);
    }
}
