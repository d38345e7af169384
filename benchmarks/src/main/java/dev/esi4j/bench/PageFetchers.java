package dev.esi4j.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonValue;

import dev.esi4j.EsiClient;
import net.troja.eve.esi.ApiException;
import net.troja.eve.esi.ApiResponse;
import net.troja.eve.esi.api.MarketApi;
import net.troja.eve.esi.model.MarketOrdersResponse;

/** The four ways of fetching every page of the orders of one region; each returns the number of items. */
public final class PageFetchers {

    private final String baseUrl;
    private final int concurrency;
    private final HttpClient http = Clients.rawHttp();

    /**
     * @param baseUrl     simulator URL
     * @param concurrency pages in flight for the concurrent variants (esi4j's {@code esi.pages.concurrency})
     */
    public PageFetchers(String baseUrl, int concurrency) {
        this.baseUrl = baseUrl;
        this.concurrency = concurrency;
    }

    /**
     * @param client esi4j client, response cache off
     * @return items of {@code results()}
     */
    public static int esi4j(EsiClient client) {
        return client.operation(Simulators.ORDERS, Map.of("region_id", Simulators.REGION)).results().size();
    }

    /** @return items, pages fetched by hand with the JDK client, {@code concurrency} at a time after page 1 */
    public int rawConcurrent() throws Exception {
        HttpResponse<java.io.InputStream> first = send(1);
        int pages = Integer.parseInt(first.headers().firstValue("X-Pages").orElse("1"));
        List<JsonValue> items = new ArrayList<>(Clients.parse(first).asJsonArray());
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<List<JsonValue>>> rest = new ArrayList<>();
            for (int p = 2; p <= pages; p++) {
                int page = p;
                rest.add(pool.submit(() -> Clients.parse(send(page)).asJsonArray()));
            }
            for (Future<List<JsonValue>> f : rest) {
                items.addAll(f.get());
            }
        } finally {
            pool.shutdown();
        }
        return items.size();
    }

    /** @return items, one page after the other as django-esi's {@code results()} does (raw JDK client) */
    public int sequential() throws Exception {
        HttpResponse<java.io.InputStream> first = send(1);
        int pages = Integer.parseInt(first.headers().firstValue("X-Pages").orElse("1"));
        List<JsonValue> items = new ArrayList<>(Clients.parse(first).asJsonArray());
        for (int p = 2; p <= pages; p++) {
            items.addAll(Clients.parse(send(p)).asJsonArray());
        }
        return items.size();
    }

    /**
     * @param api eve-esi market API
     * @return items, one page after the other with eve-esi (it has no page helper)
     * @throws ApiException when a page fails
     */
    public static int eveEsiSequential(MarketApi api) throws ApiException {
        ApiResponse<List<MarketOrdersResponse>> first = page(api, 1);
        int pages = Integer.parseInt(first.getHeaders().getOrDefault("X-Pages",
                first.getHeaders().getOrDefault("x-pages", List.of("1"))).get(0));
        List<MarketOrdersResponse> items = new ArrayList<>(first.getData());
        for (int p = 2; p <= pages; p++) {
            items.addAll(page(api, p).getData());
        }
        return items.size();
    }

    private static ApiResponse<List<MarketOrdersResponse>> page(MarketApi api, int page) throws ApiException {
        return api.getMarketsRegionIdOrdersWithHttpInfo("all", Simulators.REGION, "tranquility", null, page, null);
    }

    private HttpResponse<java.io.InputStream> send(int page) throws Exception {
        URI uri = URI.create(baseUrl + "/markets/" + Simulators.REGION + "/orders?order_type=all&page=" + page);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("User-Agent", Clients.USER_AGENT).header("X-Compatibility-Date", Clients.COMPATIBILITY_DATE)
                .GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }
}
