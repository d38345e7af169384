package dev.esi4j.simulator;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * A small, independent JSON Schema (OpenAPI 3.1 subset) validator for tests: type (also type arrays),
 * format (int32/int64/date-time/date/uuid), enum, required, properties, additionalProperties,
 * items, minItems/maxItems, uniqueItems, minimum/maximum, minLength/maxLength, oneOf/anyOf (at least
 * one branch: ESI's oneOf branches overlap, so "exactly one" cannot hold for its data), allOf.
 */
final class SchemaValidator {

    private final JsonObject root;

    SchemaValidator(JsonObject root) {
        this.root = root;
    }

    List<String> validate(JsonValue value, JsonValue schema) {
        List<String> errors = new ArrayList<>();
        check(value, schema, "$", errors);
        return errors;
    }

    JsonObject resolveObject(JsonValue schema) {
        return resolve(schema);
    }

    private JsonObject resolve(JsonValue schema) {
        JsonValue s = schema;
        while (s instanceof JsonObject o && o.containsKey("$ref")) {
            s = root.getValue(o.getString("$ref").substring(1));
        }
        return (JsonObject) s;
    }

    private void check(JsonValue value, JsonValue rawSchema, String at, List<String> errors) {
        JsonObject schema = resolve(rawSchema);
        if (schema.containsKey("oneOf") || schema.containsKey("anyOf")) {
            JsonArray branches = schema.containsKey("oneOf") ? schema.getJsonArray("oneOf") : schema.getJsonArray("anyOf");
            boolean any = branches.stream().anyMatch(b -> validate(value, b).isEmpty());
            if (!any) {
                errors.add(at + ": matches no oneOf/anyOf branch");
            }
            return;
        }
        if (schema.containsKey("allOf")) {
            schema.getJsonArray("allOf").forEach(b -> check(value, b, at, errors));
        }
        if (schema.containsKey("enum") && !schema.getJsonArray("enum").contains(value)) {
            errors.add(at + ": " + value + " not in enum");
            return;
        }
        List<String> types = types(schema);
        if (types.isEmpty()) {
            return;
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (!types.contains("null")) {
                errors.add(at + ": null not allowed");
            }
            return;
        }
        String type = types.stream().filter(t -> matchesType(value, t)).findFirst().orElse(null);
        if (type == null) {
            errors.add(at + ": expected " + types + " but got " + value.getValueType());
            return;
        }
        switch (type) {
            case "object" -> object(value.asJsonObject(), schema, at, errors);
            case "array" -> array(value.asJsonArray(), schema, at, errors);
            case "integer", "number" -> number((JsonNumber) value, schema, at, errors);
            case "string" -> string(((JsonString) value).getString(), schema, at, errors);
            default -> { }
        }
    }

    private static List<String> types(JsonObject schema) {
        JsonValue t = schema.get("type");
        if (t == null) {
            return List.of();
        }
        if (t instanceof JsonArray arr) {
            return arr.getValuesAs(JsonString::getString);
        }
        return List.of(((JsonString) t).getString());
    }

    private static boolean matchesType(JsonValue v, String type) {
        return switch (type) {
            case "object" -> v.getValueType() == JsonValue.ValueType.OBJECT;
            case "array" -> v.getValueType() == JsonValue.ValueType.ARRAY;
            case "string" -> v.getValueType() == JsonValue.ValueType.STRING;
            case "boolean" -> v.getValueType() == JsonValue.ValueType.TRUE || v.getValueType() == JsonValue.ValueType.FALSE;
            case "number" -> v.getValueType() == JsonValue.ValueType.NUMBER;
            case "integer" -> v.getValueType() == JsonValue.ValueType.NUMBER && ((JsonNumber) v).isIntegral();
            default -> false;
        };
    }

    private void object(JsonObject o, JsonObject schema, String at, List<String> errors) {
        if (schema.containsKey("required")) {
            for (JsonValue r : schema.getJsonArray("required")) {
                if (!o.containsKey(((JsonString) r).getString())) {
                    errors.add(at + ": missing required " + r);
                }
            }
        }
        JsonObject props = schema.getJsonObject("properties");
        JsonValue extra = schema.get("additionalProperties");
        o.forEach((k, v) -> {
            if (props != null && props.containsKey(k)) {
                check(v, props.get(k), at + "." + k, errors);
            } else if (extra instanceof JsonObject) {
                check(v, extra, at + "." + k, errors);
            } else if (extra == JsonValue.FALSE) {
                errors.add(at + ": unexpected property " + k);
            }
        });
    }

    private void array(JsonArray a, JsonObject schema, String at, List<String> errors) {
        if (a.size() < schema.getInt("minItems", 0) || a.size() > schema.getInt("maxItems", Integer.MAX_VALUE)) {
            errors.add(at + ": array size " + a.size() + " out of bounds");
        }
        if (schema.getBoolean("uniqueItems", false) && new HashSet<>(a).size() != a.size()) {
            errors.add(at + ": items not unique");
        }
        if (schema.containsKey("items")) {
            for (int i = 0; i < a.size(); i++) {
                check(a.get(i), schema.get("items"), at + "[" + i + "]", errors);
            }
        }
    }

    private static void number(JsonNumber n, JsonObject schema, String at, List<String> errors) {
        String format = schema.getString("format", "");
        if ("int32".equals(format) && (n.longValue() > Integer.MAX_VALUE || n.longValue() < Integer.MIN_VALUE)) {
            errors.add(at + ": beyond int32");
        }
        if ("int64".equals(format)) {
            try {
                n.bigDecimalValue().longValueExact();
            } catch (ArithmeticException e) {
                errors.add(at + ": beyond int64");
            }
        }
        if (schema.get("minimum") instanceof JsonNumber min && n.doubleValue() < min.doubleValue()) {
            errors.add(at + ": below minimum");
        }
        if (schema.get("maximum") instanceof JsonNumber max && n.doubleValue() > max.doubleValue()) {
            errors.add(at + ": above maximum");
        }
    }

    private static void string(String s, JsonObject schema, String at, List<String> errors) {
        if (s.length() < schema.getInt("minLength", 0) || s.length() > schema.getInt("maxLength", Integer.MAX_VALUE)) {
            errors.add(at + ": length out of bounds");
        }
        try {
            switch (schema.getString("format", "")) {
                case "date-time" -> OffsetDateTime.parse(s);
                case "date" -> LocalDate.parse(s);
                case "uuid" -> UUID.fromString(s);
                default -> { }
            }
        } catch (RuntimeException e) {
            errors.add(at + ": bad " + schema.getString("format") + " '" + s + "'");
        }
    }
}
