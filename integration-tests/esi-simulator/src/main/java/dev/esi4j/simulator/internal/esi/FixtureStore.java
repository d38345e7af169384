package dev.esi4j.simulator.internal.esi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Recorded (or test-supplied) bodies by concrete path, language and page. Page 0 means "not paged".
 * The bundled recordings are listed in {@code fixtures/index.json}.
 */
public final class FixtureStore {

    private static final String BASE = "/dev/esi4j/simulator/fixtures/";

    private final Map<String, JsonValue> bodies = new ConcurrentHashMap<>();
    private final Map<String, Integer> pageCounts = new ConcurrentHashMap<>();
    private final Map<String, JsonValue> base = new ConcurrentHashMap<>();
    private final Map<String, Integer> basePages = new ConcurrentHashMap<>();
    private final AtomicInteger version = new AtomicInteger();

    /** @return a store holding the bundled recordings */
    public static FixtureStore bundled() {
        FixtureStore store = new FixtureStore();
        for (JsonValue v : read(BASE + "index.json").asJsonArray()) {
            JsonObject e = v.asJsonObject();
            store.put(e.getString("path"), e.getString("language", "en"), e.getInt("page", 0),
                    read(BASE + e.getString("file")));
        }
        return store;
    }

    /** Makes the current bodies the ones {@link #reset()} returns to. */
    public void markBase() {
        base.clear();
        base.putAll(bodies);
        basePages.clear();
        basePages.putAll(pageCounts);
    }

    /** Drops fixtures added since {@link #markBase()}. */
    public void reset() {
        bodies.clear();
        bodies.putAll(base);
        pageCounts.clear();
        pageCounts.putAll(basePages);
        version.incrementAndGet();
    }

    /** Adds or replaces a body. */
    public void put(String path, String language, int page, String json) {
        try (JsonReader r = Json.createReader(new StringReader(json))) {
            put(path, language, page, r.readValue());
        }
    }

    private void put(String path, String language, int page, JsonValue body) {
        bodies.put(key(path, language, page), body);
        version.incrementAndGet();
        pageCounts.merge(path, page, Math::max);
    }

    /**
     * @return the body for the language, falling back to English, or {@code null}
     */
    public Fixture find(String path, String language, int page) {
        JsonValue v = bodies.get(key(path, language, page));
        if (v != null) {
            return new Fixture(v, language, pageCounts.getOrDefault(path, 0));
        }
        v = bodies.get(key(path, "en", page));
        return v == null ? null : new Fixture(v, "en", pageCounts.getOrDefault(path, 0));
    }

    /** @return a number that changes whenever a fixture is added */
    public int version() {
        return version.get();
    }

    /** @return how many pages are recorded for the path (0 = not paged, -1 = no fixture) */
    public int pages(String path) {
        return pageCounts.getOrDefault(path, -1);
    }

    private static String key(String path, String language, int page) {
        return path + '|' + language + '|' + page;
    }

    private static JsonValue read(String resource) {
        try (InputStream in = FixtureStore.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            try (JsonReader r = Json.createReader(in)) {
                return r.readValue();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A found body.
     *
     * @param body     JSON body
     * @param language its language
     * @param pages    recorded page count for its path (0 = not paged)
     */
    public record Fixture(JsonValue body, String language, int pages) {
    }
}
