package dev.esi4j.simulator.internal.esi;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Generates JSON that is valid against an OpenAPI 3.x schema, deterministically per seed. */
final class SchemaGenerator {

    private static final int MAX_DEPTH = 10;

    private final SpecCatalog spec;
    private final ScalarGenerator scalars = new ScalarGenerator();

    SchemaGenerator(SpecCatalog spec) {
        this.spec = spec;
    }

    /** @return a value for the top-level schema */
    JsonValue generate(JsonObject schema, GenContext ctx) {
        return value(schema, ctx, null, 0);
    }

    private JsonValue value(JsonValue raw, GenContext ctx, String property, int depth) {
        JsonObject schema = spec.resolve(raw);
        if (schema == null) {
            return JsonValue.NULL;
        }
        JsonArray choices = schema.containsKey("oneOf") ? schema.getJsonArray("oneOf") : schema.getJsonArray("anyOf");
        if (choices != null && !choices.isEmpty()) {
            return value(choices.get(ctx.random().nextInt(choices.size())), ctx, property, depth);
        }
        if (schema.containsKey("allOf")) {
            return value(schema.getJsonArray("allOf").get(0), ctx, property, depth);
        }
        switch (type(schema)) {
            case "object": return object(schema, ctx, depth);
            case "array": return array(schema, ctx, property, depth);
            case "null": return JsonValue.NULL;
            default: return scalars.scalar(schema, type(schema), property, ctx);
        }
    }

    /** @return the schema's type; with OpenAPI 3.1 type arrays, the first non-null entry */
    static String type(JsonObject schema) {
        JsonValue t = schema.get("type");
        if (t instanceof JsonArray arr) {
            return arr.stream().map(v -> ((JsonString) v).getString())
                    .filter(s -> !"null".equals(s)).findFirst().orElse("null");
        }
        if (t != null) {
            return ((JsonString) t).getString();
        }
        return schema.containsKey("properties") ? "object" : schema.containsKey("items") ? "array" : "string";
    }

    private JsonValue object(JsonObject schema, GenContext ctx, int depth) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        JsonObject props = schema.getJsonObject("properties");
        List<String> required = schema.containsKey("required")
                ? schema.getJsonArray("required").getValuesAs(JsonString::getString) : List.of();
        if (props != null) {
            props.forEach((name, sub) -> {
                if (depth < MAX_DEPTH || required.contains(name)) {
                    b.add(name, value(sub, ctx, name, depth + 1));
                }
            });
        }
        JsonValue extra = schema.get("additionalProperties");
        if (extra instanceof JsonObject && (props == null || props.isEmpty()) && depth < MAX_DEPTH) {
            for (int i = 1; i <= 2; i++) {
                b.add("key-" + i, value(extra, ctx, null, depth + 1));
            }
        }
        return b.build();
    }

    private JsonValue array(JsonObject schema, GenContext ctx, String property, int depth) {
        int length = depth == 0 ? ctx.topArrayLength() : 1 + ctx.random().nextInt(3);
        length = Math.max(length, schema.getInt("minItems", 0));
        if (schema.containsKey("maxItems")) {
            length = Math.min(length, schema.getInt("maxItems"));
        }
        if (depth >= MAX_DEPTH) {
            length = schema.getInt("minItems", 0);
        }
        JsonValue items = schema.containsKey("items") ? schema.get("items") : JsonValue.EMPTY_JSON_OBJECT;
        boolean unique = schema.getBoolean("uniqueItems", false);
        JsonArrayBuilder b = Json.createArrayBuilder();
        Set<JsonValue> seen = new HashSet<>();
        for (int i = 0, tries = 0; i < length && tries < length * 20; tries++) {
            JsonValue v = value(items, ctx, property, depth + 1);
            if (!unique || seen.add(v)) {
                b.add(v);
                i++;
            }
        }
        return b.build();
    }
}
