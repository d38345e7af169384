package dev.esi4j.internal.sso;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small in-JVM EVE SSO stand-in on a loopback port: metadata, JWKS, token and revoke endpoints with programmable
 * answers and a journal of every request. Used until (and besides) the esi-simulator.
 */
final class StubSso implements AutoCloseable {

    /** One received request. */
    record Recorded(String method, String path, Headers headers, String body) {
        Map<String, String> form() {
            Map<String, String> form = new LinkedHashMap<>();
            if (body.isEmpty()) {
                return form;
            }
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                form.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
            }
            return form;
        }

        String header(String name) {
            return headers.getFirst(name);
        }

        private static String decode(String text) {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        }
    }

    /** A programmed answer. */
    record Answer(int status, Map<String, String> headers, String body) {
        static Answer json(int status, String body) {
            return new Answer(status, Map.of("Content-Type", "application/json"), body);
        }

        static Answer text(int status, String contentType, String body) {
            return new Answer(status, Map.of("Content-Type", contentType), body);
        }

        Answer with(String header, String value) {
            Map<String, String> all = new LinkedHashMap<>(headers);
            all.put(header, value);
            return new Answer(status, all, body);
        }
    }

    /** Marker answer: never reply (the connection stays open until the stub closes). */
    static final Answer HANG = new Answer(-1, Map.of(), "");
    /** Marker answer: send 200 headers announcing a body, then never send it. */
    static final Answer STALL_BODY = new Answer(-2, Map.of(), "");

    private final HttpServer server;
    private final List<Recorded> journal = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Function<Recorded, Answer>> routes = new java.util.concurrent.ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<Answer> tokenQueue = new ConcurrentLinkedDeque<>();
    private final CountDownLatch release = new CountDownLatch(1);

    StubSso() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::handle);
        server.start();
        route("/.well-known/oauth-authorization-server", r -> Answer.json(200, metadataJson()));
        route("/v2/oauth/revoke", r -> Answer.json(200, "{}"));
        route("/v2/oauth/token", r -> {
            Answer next = tokenQueue.poll();
            return next != null ? next : Answer.json(500, "{\"error\":\"no programmed answer\"}");
        });
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    URI url(String path) {
        return base().resolve(path);
    }

    String metadataJson() {
        String b = base().toString();
        return "{\"issuer\":\"" + b + "\",\"authorization_endpoint\":\"" + b + "/v2/oauth/authorize\","
                + "\"token_endpoint\":\"" + b + "/v2/oauth/token\",\"jwks_uri\":\"" + b + "/oauth/jwks\","
                + "\"revocation_endpoint\":\"" + b + "/v2/oauth/revoke\",\"code_challenge_methods_supported\":[\"S256\"]}";
    }

    void route(String path, Function<Recorded, Answer> answer) {
        routes.put(path, answer);
    }

    void jwks(String json, String... headerPairs) {
        Answer answer = Answer.json(200, json);
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            answer = answer.with(headerPairs[i], headerPairs[i + 1]);
        }
        Answer fixed = answer;
        route("/oauth/jwks", r -> fixed);
    }

    /** Queues answers of the token endpoint, used in order. */
    void tokenAnswers(Answer... answers) {
        tokenQueue.addAll(List.of(answers));
    }

    void clearTokenAnswers() {
        tokenQueue.clear();
    }

    List<Recorded> requests(String path) {
        synchronized (journal) {
            return journal.stream().filter(r -> r.path().equals(path)).toList();
        }
    }

    List<Recorded> all() {
        synchronized (journal) {
            return List.copyOf(journal);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Recorded recorded = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders(), body);
        journal.add(recorded);
        Function<Recorded, Answer> route = routes.get(recorded.path());
        Answer answer = route == null ? Answer.json(404, "{}") : route.apply(recorded);
        if (answer == STALL_BODY) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write('{');
            exchange.getResponseBody().flush();
        }
        if (answer == HANG || answer == STALL_BODY) {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        release.countDown();
        server.stop(0);
    }
}
