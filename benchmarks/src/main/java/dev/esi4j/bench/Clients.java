package dev.esi4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import dev.esi4j.EsiClient;
import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import net.troja.eve.esi.ApiClient;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/** The clients under test, all configured alike: same simulator, same identity headers, pools of 16 connections. */
public final class Clients {

    /** Compatibility date sent by every client (the bundled spec's). */
    public static final String COMPATIBILITY_DATE = "2025-12-16";
    /** User agent sent by the peers (esi4j builds its own from the same values). */
    public static final String USER_AGENT = "esi4j-bench/1.0 (bench@example.test)";
    /** Connections / concurrent requests per client. */
    public static final int POOL = 16;

    private Clients() {
    }

    /**
     * @param baseUrl simulator URL
     * @param cached  whether GET responses are cached
     * @return an esi4j client from the bundled spec
     */
    public static EsiClient esi4j(String baseUrl, boolean cached) {
        return EsiClient.builder().config(config(baseUrl, cached)).build();
    }

    /**
     * @param baseUrl simulator URL
     * @param cached  whether GET responses are cached
     * @return the benchmark configuration
     */
    public static EsiConfig config(String baseUrl, boolean cached) {
        return EsiConfig.builder().set(EsiConfigKeys.API_URL, baseUrl).set(EsiConfigKeys.SSO_BASE_URL, baseUrl)
                .set(EsiConfigKeys.APP_NAME, "esi4j-bench").set(EsiConfigKeys.APP_VERSION, "1.0")
                .set(EsiConfigKeys.USER_CONTACT_EMAIL, "bench@example.test")
                .set(EsiConfigKeys.SSO_CLIENT_ID, "client-0001").set(EsiConfigKeys.SSO_CLIENT_SECRET, "secret-0001")
                .set(EsiConfigKeys.SSO_CALLBACK_URL, "https://bench.test/sso/callback")
                .set(EsiConfigKeys.CACHE_RESPONSE, Boolean.toString(cached))
                .set(EsiConfigKeys.CONNECTION_POOL_MAXSIZE, Integer.toString(POOL)).build();
    }

    /** @return a plain JDK client, HTTP/1.1 on loopback as esi4j uses it */
    public static HttpClient rawHttp() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * A GET done by hand: identity headers, status check, body parsed with JSON-P (what esi4j returns).
     *
     * @param http client
     * @param uri  full URI
     * @return the parsed body
     */
    public static JsonValue rawGet(HttpClient http, URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("User-Agent", USER_AGENT).header("X-Compatibility-Date", COMPATIBILITY_DATE)
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            return parse(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param response an answer with a JSON body
     * @return the parsed body
     * @throws IOException when the body cannot be read or the status is not 200
     */
    public static JsonValue parse(HttpResponse<InputStream> response) throws IOException {
        try (InputStream in = response.body(); JsonReader reader = Json.createReader(in)) {
            if (response.statusCode() != 200) {
                throw new IOException("status " + response.statusCode() + " for " + response.uri());
            }
            return reader.readValue();
        }
    }

    /**
     * @param baseUrl simulator URL
     * @return an eve-esi client (OkHttp) on the simulator's legacy paths
     */
    public static ApiClient eveEsi(String baseUrl) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(POOL);
        dispatcher.setMaxRequestsPerHost(POOL);
        OkHttpClient http = new OkHttpClient.Builder().dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(POOL, 5, TimeUnit.MINUTES)).build();
        ApiClient client = new ApiClient(http);
        client.setBasePath(baseUrl);
        client.setUserAgent(USER_AGENT);
        return client;
    }
}
