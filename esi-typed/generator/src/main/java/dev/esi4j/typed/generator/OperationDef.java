package dev.esi4j.typed.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * One operation as the typed API needs it.
 *
 * @param id          operation id
 * @param method      HTTP method (upper case)
 * @param path        path template
 * @param tag         first tag
 * @param summary     summary or description
 * @param scopes      required scopes (empty for public operations)
 * @param params      path and required query parameters, in signature order
 * @param bodySchema  request body schema, or {@code null}
 * @param result      success response schema, or {@code null} for no content
 * @param paged       whether the operation pages (X-Pages, cursor or from_id)
 */
record OperationDef(String id, String method, String path, String tag, String summary, List<String> scopes,
        List<Param> params, JsonObject bodySchema, JsonObject result, boolean paged) {

    /**
     * A signature parameter.
     *
     * @param name     spec name
     * @param schema   its schema
     * @param inPath   whether it is a path parameter
     */
    record Param(String name, JsonObject schema, boolean inPath) {
    }

    /** @return whether the token supplies {@code character_id} (secured operation with that path parameter) */
    boolean characterFromToken() {
        return !scopes.isEmpty() && path.contains("{character_id}");
    }

    /**
     * Reads all operations of a spec.
     *
     * @param spec the OpenAPI document
     * @return operations in path order
     */
    static List<OperationDef> readAll(JsonObject spec) {
        JsonObject components = spec.getJsonObject("components");
        List<OperationDef> result = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : spec.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> entry : path.getValue().asJsonObject().entrySet()) {
                if (List.of("get", "post", "put", "delete", "patch").contains(entry.getKey())) {
                    result.add(read(path.getKey(), entry.getKey(), entry.getValue().asJsonObject(), components));
                }
            }
        }
        return result;
    }

    private static OperationDef read(String path, String method, JsonObject op, JsonObject components) {
        List<Param> params = new ArrayList<>();
        boolean paged = op.containsKey("x-pagination");
        if (op.containsKey("parameters")) {
            for (JsonValue value : op.getJsonArray("parameters")) {
                JsonObject p = deref(value.asJsonObject(), components);
                String in = p.getString("in");
                String name = p.getString("name");
                paged |= name.equals("page") || name.equals("before") || name.equals("after") || name.equals("from_id");
                boolean required = p.getBoolean("required", false);
                if (in.equals("path") || in.equals("query") && required) {
                    params.add(new Param(name, p.getJsonObject("schema"), in.equals("path")));
                }
            }
        }
        List<String> scopes = new ArrayList<>();
        if (op.containsKey("security")) {
            for (JsonValue requirement : op.getJsonArray("security")) {
                requirement.asJsonObject().values().forEach(list -> list.asJsonArray()
                        .getValuesAs(JsonString.class).forEach(s -> scopes.add(s.getString())));
            }
        }
        String tag = op.containsKey("tags") ? op.getJsonArray("tags").getString(0) : "Default";
        String summary = op.getString("summary", op.getString("description", op.getString("operationId")));
        return new OperationDef(op.getString("operationId"), method.toUpperCase(java.util.Locale.ROOT), path, tag,
                summary, scopes, params, jsonSchema(op.getJsonObject("requestBody")), success(op), paged);
    }

    private static JsonObject deref(JsonObject p, JsonObject components) {
        if (!p.containsKey("$ref")) {
            return p;
        }
        String name = p.getString("$ref").substring("#/components/parameters/".length());
        return components.getJsonObject("parameters").getJsonObject(name);
    }

    private static JsonObject success(JsonObject op) {
        JsonObject responses = op.getJsonObject("responses");
        for (String code : List.of("200", "201", "202")) {
            if (responses.containsKey(code)) {
                return jsonSchema(responses.getJsonObject(code));
            }
        }
        return null;
    }

    private static JsonObject jsonSchema(JsonObject holder) {
        if (holder == null || !holder.containsKey("content")) {
            return null;
        }
        JsonObject json = holder.getJsonObject("content").getJsonObject("application/json");
        return json == null ? null : json.getJsonObject("schema");
    }
}
