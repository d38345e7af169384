package dev.esi4j.internal.spec;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import dev.esi4j.EsiSpecException;
import dev.esi4j.spec.EsiSpec;
import dev.esi4j.spec.SpecOperation;
import dev.esi4j.spec.SpecTag;

/**
 * Reads an OpenAPI 3.0/3.1 JSON document into an {@link EsiSpec} with Jakarta JSON Processing only (no OpenAPI
 * model library at runtime; see ARCHITECTURE "Reading specs").
 */
public final class OpenApiReader {

    static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    /** How to convert a legacy Swagger 2.0 document, shown in errors. */
    public static final String CONVERT_HINT = "convert it to OpenAPI 3 first with the esi4j spec tool: "
            + "java -jar esi-spec-tools-<version>-standalone.jar convert <swagger.json> <openapi.json> "
            + "(see docs/client.md), then point esi.spec-file at the result";

    private OpenApiReader() {
    }

    /**
     * @param in     the document (JSON)
     * @param source where it came from, for messages
     * @return the catalog
     * @throws EsiSpecException when the document is not usable
     */
    public static EsiSpec read(InputStream in, String source) {
        JsonObject doc;
        try (JsonReader reader = Json.createReader(in)) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new EsiSpecException(source + " is not an OpenAPI document (not a JSON object)");
            }
            doc = value.asJsonObject();
        } catch (JsonException e) {
            throw new EsiSpecException(source + " is not JSON (YAML specs must be converted to JSON): "
                    + e.getMessage(), e);
        }
        return read(doc, source);
    }

    /**
     * @param doc    the parsed document
     * @param source where it came from, for messages
     * @return the catalog
     */
    public static EsiSpec read(JsonObject doc, String source) {
        if (doc.containsKey("swagger")) {
            throw new EsiSpecException(source + " is a Swagger " + SchemaFacts.plain(doc.get("swagger"))
                    + " document; " + CONVERT_HINT);
        }
        String version = doc.containsKey("openapi") ? SchemaFacts.plain(doc.get("openapi")) : "";
        if (!version.startsWith("3.")) {
            throw new EsiSpecException(source + " is not an OpenAPI 3.x document (openapi: '" + version + "')");
        }
        Refs refs = new Refs(doc);
        OperationReader ops = new OperationReader(refs, doc.getJsonArray("security"));
        List<SpecOperation> operations = new ArrayList<>();
        JsonObject paths = doc.getJsonObject("paths");
        if (paths != null) {
            paths.forEach((path, item) -> readPath(path, item.asJsonObject(), ops, operations));
        }
        JsonObject info = doc.getJsonObject("info");
        String title = info == null ? "" : info.getString("title", "");
        String specVersion = info == null || !info.containsKey("version") ? "" : SchemaFacts.plain(info.get("version"));
        return new EsiSpec(title, specVersion, version, tags(doc, operations), operations);
    }

    private static void readPath(String path, JsonObject item, OperationReader ops, List<SpecOperation> out) {
        for (String method : METHODS) {
            if (item.containsKey(method)) {
                out.add(ops.read(path, method.toUpperCase(Locale.ROOT), item, item.getJsonObject(method)));
            }
        }
    }

    private static List<SpecTag> tags(JsonObject doc, List<SpecOperation> operations) {
        Map<String, List<SpecOperation>> byTag = new LinkedHashMap<>();
        if (doc.containsKey("tags")) {
            doc.getJsonArray("tags").forEach(t -> byTag.put(t.asJsonObject().getString("name"), new ArrayList<>()));
        }
        for (SpecOperation op : operations) {
            for (String tag : op.tags()) {
                byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(op);
            }
        }
        List<SpecTag> tags = new ArrayList<>();
        byTag.forEach((name, list) -> tags.add(new SpecTag(name, list)));
        return tags;
    }

    /** Names of parameters that esi4j sends itself (headers and legacy query parameters). */
    static final Set<String> MANAGED = Set.of("x-compatibility-date", "x-tenant", "if-none-match",
            "if-modified-since", "authorization", "x-user-agent", "datasource", "token", "user_agent");
}
