package dev.esi4j.internal.spec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import dev.esi4j.spec.SpecType;

/** Reads the validation facts of a JSON schema (OpenAPI 3.0 and 3.1 forms). */
final class SchemaFacts {

    private SchemaFacts() {
    }

    static SpecType read(JsonObject schema, Refs refs) {
        return read(schema, refs, 0);
    }

    private static SpecType read(JsonObject raw, Refs refs, int depth) {
        JsonObject schema = refs.resolve(raw);
        SpecType items = null;
        if (schema.containsKey("items") && depth < 4) {
            items = read(schema.getJsonObject("items"), refs, depth + 1);
        }
        return new SpecType(type(schema), text(schema, "format"), enumValues(schema), number(schema, "minimum"),
                number(schema, "maximum"), items,
                schema.containsKey("maxItems") ? schema.getJsonNumber("maxItems").intValue() : null);
    }

    private static String type(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type == null) {
            return schema.containsKey("properties") ? "object" : null;
        }
        if (type instanceof JsonString s) {
            return s.getString();
        }
        for (JsonValue t : type.asJsonArray()) {
            if (t instanceof JsonString s && !"null".equals(s.getString())) {
                return s.getString();
            }
        }
        return null;
    }

    private static String text(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static BigDecimal number(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }

    private static List<String> enumValues(JsonObject schema) {
        JsonArray values = schema.getJsonArray("enum");
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (JsonValue v : values) {
                out.add(plain(v));
            }
        }
        return out;
    }

    /** @return a JSON value as plain text (strings without quotes) */
    static String plain(JsonValue v) {
        return v instanceof JsonString s ? s.getString() : v.toString();
    }
}
