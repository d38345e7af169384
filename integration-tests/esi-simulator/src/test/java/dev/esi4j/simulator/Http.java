package dev.esi4j.simulator;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Tiny HTTP helper for tests: JDK client, no redirects followed. */
final class Http {

    static final String DATE = "2025-12-16";
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private Http() {
    }

    static HttpResponse<String> get(EsiSimulator sim, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(sim.uri(path)).timeout(Duration.ofSeconds(20))
                .header("X-Compatibility-Date", DATE);
        for (int i = 0; i < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        return send(b.GET().build());
    }

    static HttpResponse<String> post(EsiSimulator sim, String path, String contentType, String body,
                                     String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(sim.uri(path)).timeout(Duration.ofSeconds(20))
                .header("X-Compatibility-Date", DATE).header("Content-Type", contentType);
        for (int i = 0; i < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        return send(CLIENT, request);
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonValue json(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readValue();
        }
    }

    static URI uri(EsiSimulator sim, String path) {
        return sim.uri(path);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            out.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                    eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
