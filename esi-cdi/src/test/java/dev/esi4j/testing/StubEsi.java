package dev.esi4j.testing;

import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

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

    private final Server server = new Server(new QueuedThreadPool(64, 8));
    private final ServerConnector connector;
    private final Map<String, Function<Req, Resp>> routes = new ConcurrentHashMap<>();
    private final List<Req> journal = new CopyOnWriteArrayList<>();

    public StubEsi() {
        HttpConfiguration config = new HttpConfiguration();
        config.setSendDateHeader(false);
        config.setSendServerVersion(false);
        connector = new ServerConnector(server, new HttpConnectionFactory(config));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                StubEsi.this.handle(request, response, callback);
                return true;
            }
        });
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + connector.getLocalPort());
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

    private void handle(Request request, Response response, Callback callback) throws Exception {
        Map<String, String> headers = new TreeMap<>();
        for (HttpField f : request.getHeaders()) {
            headers.putIfAbsent(f.getName().toLowerCase(java.util.Locale.ROOT), f.getValue());
        }
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        URI uri = request.getHttpURI().toURI();
        Req req = new Req(request.getMethod(), uri.getPath(), query(uri), headers, body);
        journal.add(req);
        Function<Req, Resp> handler = routes.get(req.method() + " " + req.path());
        Resp resp = handler == null ? Resp.json(404, "{\"error\":\"no route " + req.path() + "\"}")
                : handler.apply(req);
        if (resp.delayMillis() > 0) {
            Thread.sleep(resp.delayMillis());
        }
        response.setStatus(resp.status());
        resp.headers().forEach((k, v) -> response.getHeaders().add(k, v));
        byte[] bytes = resp.body() == null ? new byte[0] : resp.body().getBytes(StandardCharsets.UTF_8);
        response.write(true, ByteBuffer.wrap(bytes), callback);
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
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
