package dev.esi4j.typed.generator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Maps JSON schemas to Java types, collecting the records that must be generated. Object schemas become records;
 * {@code oneOf}/{@code anyOf} and free-form values stay JSON-P values so unknown shapes never break mapping.
 */
final class TypeResolver {

    private final JsonObject schemas;
    private final Map<String, String> componentTypes = new HashMap<>();
    private final Map<String, RecordDef> records = new LinkedHashMap<>();
    private final Set<String> usedNames = new HashSet<>();
    private final Map<JsonObject, String> inline = new IdentityHashMap<>();

    TypeResolver(JsonObject components) {
        this.schemas = components.containsKey("schemas") ? components.getJsonObject("schemas") : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** @return every record collected so far */
    List<RecordDef> records() {
        return new ArrayList<>(records.values());
    }

    /**
     * @param schema a schema (may be a {@code $ref})
     * @param hint   record name to use if the schema is an inline object
     * @return the Java type (boxed), e.g. {@code Long}, {@code java.util.List<Foo>}
     */
    String resolve(JsonObject schema, String hint) {
        if (schema == null) {
            return "jakarta.json.JsonValue";
        }
        if (schema.containsKey("$ref")) {
            return component(schema.getString("$ref").substring("#/components/schemas/".length()));
        }
        String known = inline.get(schema);
        if (known == null) {
            known = resolveInline(schema, hint);
            inline.put(schema, known);
        }
        return known;
    }

    private String resolveInline(JsonObject schema, String hint) {
        if (schema.containsKey("oneOf") || schema.containsKey("anyOf") || schema.containsKey("allOf")) {
            return "jakarta.json.JsonValue";
        }
        return switch (type(schema)) {
            case "object" -> object(schema, hint);
            case "array" -> "java.util.List<" + resolve(schema.getJsonObject("items"), hint + "Item") + ">";
            case "integer" -> "int32".equals(schema.getString("format", "")) ? "Integer" : "Long";
            case "number" -> "Double";
            case "boolean" -> "Boolean";
            case "string" -> string(schema);
            default -> "jakarta.json.JsonValue";
        };
    }

    /** @return the schema's type; for OpenAPI 3.1 type arrays the first non-null member */
    static String type(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type instanceof JsonString s) {
            return s.getString();
        }
        if (type != null && type.getValueType() == JsonValue.ValueType.ARRAY) {
            for (JsonValue v : type.asJsonArray()) {
                if (v instanceof JsonString s && !"null".equals(s.getString())) {
                    return s.getString();
                }
            }
        }
        return schema.containsKey("properties") ? "object" : "";
    }

    private String component(String name) {
        String known = componentTypes.get(name);
        if (known != null) {
            return known;
        }
        JsonObject schema = schemas.getJsonObject(name);
        if (schema == null) {
            throw new IllegalStateException("Unresolved schema reference #/components/schemas/" + name);
        }
        String recordName = JavaNames.pascal(name);
        if ("object".equals(type(schema)) && schema.containsKey("properties")) {
            componentTypes.put(name, recordName); // before fields: allows recursive references
        }
        String resolved = resolve(schema, recordName);
        componentTypes.put(name, resolved);
        return resolved;
    }

    private String object(JsonObject schema, String hint) {
        if (!schema.containsKey("properties")) {
            JsonValue extra = schema.get("additionalProperties");
            if (extra instanceof JsonObject extraSchema) {
                return "java.util.Map<String, " + resolve(extraSchema, hint + "Value") + ">";
            }
            return "jakarta.json.JsonObject";
        }
        String name = unique(hint);
        records.put(name, null); // reserve order
        Set<String> required = new HashSet<>();
        if (schema.containsKey("required")) {
            schema.getJsonArray("required").getValuesAs(JsonString.class).forEach(s -> required.add(s.getString()));
        }
        List<RecordDef.Field> fields = new ArrayList<>();
        Set<String> javaNames = new HashSet<>();
        for (Map.Entry<String, JsonValue> p : schema.getJsonObject("properties").entrySet()) {
            JsonObject property = p.getValue().asJsonObject();
            String javaName = JavaNames.camel(p.getKey());
            while (!javaNames.add(javaName)) {
                javaName = javaName + "_";
            }
            String type = resolve(property, name + JavaNames.pascal(p.getKey()));
            fields.add(new RecordDef.Field(p.getKey(), javaName, type, description(property),
                    required.contains(p.getKey())));
        }
        records.put(name, new RecordDef(name, description(schema), fields));
        return name;
    }

    private String unique(String hint) {
        String name = hint;
        int n = 2;
        while (!usedNames.add(name)) {
            name = hint + n++;
        }
        return name;
    }

    private static String string(JsonObject schema) {
        return switch (schema.getString("format", "")) {
            case "date-time" -> "java.time.OffsetDateTime";
            case "date" -> "java.time.LocalDate";
            default -> "String";
        };
    }

    private String description(JsonObject schema) {
        String text = schema.getString("description", schema.getString("title", ""));
        if (schema.containsKey("enum")) {
            List<String> values = new ArrayList<>();
            schema.getJsonArray("enum").forEach(v -> values.add(v instanceof JsonString s ? s.getString() : v.toString()));
            text = text + " One of: " + String.join(", ", values) + " (other values may appear as ESI evolves)";
        }
        return text;
    }
}
