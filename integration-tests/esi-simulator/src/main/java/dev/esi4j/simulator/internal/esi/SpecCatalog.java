package dev.esi4j.simulator.internal.esi;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The operations of one OpenAPI 3.x spec, with {@code $ref} resolution. Immutable. */
public final class SpecCatalog {

    private static final Map<String, SpecCatalog> CACHE = new ConcurrentHashMap<>();

    private final JsonObject root;
    private final List<SpecOperation> operations;
    private final String version;
    private final Set<String> scopes;
    private String json;

    private SpecCatalog(JsonObject root) {
        this.root = root;
        this.version = root.getJsonObject("info").getString("version", "2020-01-01");
        this.operations = new SpecReader(this).read().stream()
                .sorted(Comparator.comparingInt((SpecOperation o) -> o.pathParams().size())
                        .thenComparing(SpecOperation::template))
                .toList();
        this.scopes = new SpecReader(this).scopes();
    }

    /** @return the catalog of the spec at this URL, read once per JVM (catalogs are immutable) */
    public static SpecCatalog cached(URL url) {
        return CACHE.computeIfAbsent(url.toString(), u -> {
            try {
                return load(url.openStream());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read spec " + u, e);
            }
        });
    }

    /** Reads a spec document (the stream is closed). */
    public static SpecCatalog load(InputStream in) {
        try (in; JsonReader reader = Json.createReader(in)) {
            return new SpecCatalog(reader.readObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the document as compact JSON (computed once) */
    public synchronized String json() {
        if (json == null) {
            json = root.toString();
        }
        return json;
    }

    /** @return the raw document */
    public JsonObject root() {
        return root;
    }

    /** @return all operations, paths with fewer parameters first */
    public List<SpecOperation> operations() {
        return operations;
    }

    /** @return {@code info.version}, the spec's compatibility date for ESI */
    public String version() {
        return version;
    }

    /** @return every scope the spec's OAuth2 scheme declares */
    public Set<String> scopes() {
        return scopes;
    }

    /** @return the operation for method and concrete path, or {@code null} */
    public SpecOperation find(String method, String path) {
        for (SpecOperation op : operations) {
            if (op.method().equals(method) && op.match(path) != null) {
                return op;
            }
        }
        return null;
    }

    /** @return whether any operation (any method) has this concrete path */
    public boolean knowsPath(String path) {
        return operations.stream().anyMatch(op -> op.match(path) != null);
    }

    /** @return the operation with this id, or {@code null} */
    public SpecOperation byId(String operationId) {
        return operations.stream().filter(o -> o.operationId().equals(operationId)).findFirst().orElse(null);
    }

    /**
     * Follows {@code $ref}s (local {@code #/...} pointers) until a non-reference object is reached.
     *
     * @return the resolved object, or {@code null} when {@code value} is not an object
     */
    public JsonObject resolve(JsonValue value) {
        JsonValue current = value;
        for (int i = 0; i < 20 && current instanceof JsonObject obj && obj.containsKey("$ref"); i++) {
            String ref = obj.getString("$ref");
            JsonValue target = root.getValue(ref.substring(1));
            current = mergeSiblings(obj, target);
        }
        return current instanceof JsonObject o ? o : null;
    }

    private static JsonValue mergeSiblings(JsonObject refObject, JsonValue target) {
        if (refObject.size() == 1 || !(target instanceof JsonObject t)) {
            return target;
        }
        var b = Json.createObjectBuilder(t);
        refObject.forEach((k, v) -> {
            if (!"$ref".equals(k) && !t.containsKey(k)) {
                b.add(k, v);
            }
        });
        return b.build();
    }
}
