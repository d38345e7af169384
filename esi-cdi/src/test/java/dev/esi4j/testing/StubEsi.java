package dev.esi4j.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A tiny scripted ESI stand-in on loopback for engine tests (the full simulator lives in integration-tests).
 * Routes map "METHOD /path" to a handler; every request is journaled.
 */
public final class StubEsi implements AutoCloseable {

    /** A received request. */
    public record Req(String method, String path, Map<String, String> query, Map<String, String> headers,
            String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** A scripted response. */
    public record Resp(int status, Map<String, String> headers, String body, long delayMillis) {
        public static Resp json(int status, String body) {
            return new Resp(status, Map.of("Content-Type", "application/json"), body, 0);
        }

        public static Resp of(int status, String contentType, String body) {
            return new Resp(status, Map.of("Content-Type", contentType), body, 0);
        }

        public Resp with(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Resp(status, h, body, delayMillis);
        }

        public Resp delayed(long millis) {
            return new Resp(status, headers, body, millis);
        }
    }

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final Map<String, Function<Req, Resp>> routes = new ConcurrentHashMap<>();
    private final List<Req> journal = new CopyOnWriteArrayList<>();

    public StubEsi() {
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public StubEsi on(String methodAndPath, Function<Req, Resp> handler) {
        routes.put(methodAndPath, handler);
        return this;
    }

    public List<Req> requests() {
        return new ArrayList<>(journal);
    }

    public List<Req> requests(String path) {
        return journal.stream().filter(r -> r.path().equals(path)).toList();
    }

    public void clear() {
        journal.clear();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> headers = new TreeMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Req req = new Req(ex.getRequestMethod(), ex.getRequestURI().getPath(), query(ex.getRequestURI()),
                    headers, body);
            journal.add(req);
            Function<Req, Resp> handler = routes.get(req.method() + " " + req.path());
            Resp resp = handler == null ? Resp.json(404, "{\"error\":\"no route " + req.path() + "\"}")
                    : handler.apply(req);
            if (resp.delayMillis() > 0) {
                Thread.sleep(resp.delayMillis());
            }
            resp.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
            byte[] bytes = resp.body() == null ? new byte[0] : resp.body().getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(resp.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        String q = uri.getRawQuery();
        if (q != null) {
            for (String pair : q.split("&")) {
                int i = pair.indexOf('=');
                out.put(decode(i < 0 ? pair : pair.substring(0, i)), i < 0 ? "" : decode(pair.substring(i + 1)));
            }
        }
        return out;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
