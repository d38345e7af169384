package dev.esi4j.client;

import static dev.esi4j.testing.FakeTime.T0;
import static dev.esi4j.testing.FakeTime.http;
import static dev.esi4j.testing.StubEsi.Resp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.JsonArray;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.EsiClient;
import dev.esi4j.EsiResponse;
import dev.esi4j.testing.FakeTime;
import dev.esi4j.testing.StubEsi;
import dev.esi4j.testing.StubEsi.Resp;
import dev.esi4j.testing.TestClients;

/** A 304 refreshes the stored header fields (RFC 9111 4.3.4), not only Expires (found by the paging benchmark). */
class NotModifiedHeadersTest {

    private static final String ORDERS = "/markets/10000043/orders";

    private final StubEsi stub = new StubEsi();
    private final FakeTime time = new FakeTime();
    private final EsiClient esi = TestClients.client(stub, time);

    @AfterEach
    void close() {
        esi.close();
        stub.close();
    }

    private Resp page(int page, String lastModified) {
        return json(200, "[{\"order_id\":" + page + "}]").with("ETag", "\"p" + page + "\"").with("X-Pages", "2")
                .with("Last-Modified", lastModified).with("Expires", http(T0.plusSeconds(300)))
                .with("Date", http(time.instant()));
    }

    @Test
    @DisplayName("B32/B30: after a new snapshot, a page answered 304 carries the new Last-Modified; results() is"
            + " consistent in one pass")
    void notModifiedPage_takesNewLastModified_resultsConsistent() {
        String old = http(T0);
        String fresh = http(T0.plusSeconds(300));
        AtomicInteger snapshot = new AtomicInteger(1);
        stub.on("GET " + ORDERS, r -> {
            int page = Integer.parseInt(r.query().getOrDefault("page", "1"));
            String lm = snapshot.get() == 1 ? old : fresh;
            if (page == 2 && "\"p2\"".equals(r.header("If-None-Match"))) {
                return new Resp(304, Map.of("ETag", "\"p2\"", "Last-Modified", lm, "X-Pages", "2",
                        "Expires", http(T0.plusSeconds(600))), null, 0);
            }
            return page(page, lm);
        });
        JsonArray first = esi.operation("GetMarketsRegionIdOrders", Map.of("region_id", 10000043)).results();
        time.set(T0.plusSeconds(301));
        snapshot.set(2);

        EsiResponse second = esi.operation("GetMarketsRegionIdOrders", Map.of("region_id", 10000043))
                .withResponse().results();

        assertThat(first).hasSize(2);
        assertThat(second.data().asJsonArray()).hasSize(2);
        assertThat(second.header("Last-Modified")).contains(fresh);
        assertThat(stub.requests()).hasSize(4);
    }
}
