package dev.esi4j.internal.spec;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.esi4j.spec.Pagination;
import dev.esi4j.spec.ParameterLocation;
import dev.esi4j.spec.RateLimit;
import dev.esi4j.spec.SpecOperation;
import dev.esi4j.spec.SpecParameter;
import dev.esi4j.spec.SpecType;

/** Reads one operation object. */
final class OperationReader {

    private final Refs refs;
    private final JsonArray globalSecurity;

    OperationReader(Refs refs, JsonArray globalSecurity) {
        this.refs = refs;
        this.globalSecurity = globalSecurity;
    }

    SpecOperation read(String path, String method, JsonObject pathItem, JsonObject op) {
        List<SpecParameter> params = new ArrayList<>();
        addParameters(pathItem.getJsonArray("parameters"), params);
        addParameters(op.getJsonArray("parameters"), params);
        SpecType body = null;
        boolean bodyRequired = false;
        if (op.containsKey("requestBody")) {
            JsonObject rb = refs.resolve(op.getJsonObject("requestBody"));
            bodyRequired = rb.getBoolean("required", false);
            body = bodySchema(rb);
        }
        List<String> tags = new ArrayList<>();
        if (op.containsKey("tags")) {
            op.getJsonArray("tags").forEach(t -> tags.add(SchemaFacts.plain(t)));
        }
        String id = op.containsKey("operationId") ? op.getString("operationId")
                : OperationText.snakeCase(method.toLowerCase(Locale.ROOT) + path.replaceAll("[^A-Za-z0-9]+", "_"));
        return new SpecOperation(id, method, path, tags, op.getString("summary", ""), params, body, bodyRequired,
                scopes(op), pagination(op, params), rateLimit(op),
                op.containsKey("x-cache-age") ? op.getJsonNumber("x-cache-age").intValue() : null,
                op.containsKey("x-compatibility-date") ? SchemaFacts.plain(op.get("x-compatibility-date")) : null);
    }

    private void addParameters(JsonArray list, List<SpecParameter> out) {
        if (list == null) {
            return;
        }
        for (JsonValue raw : list) {
            JsonObject p = refs.resolve(raw.asJsonObject());
            String name = p.getString("name");
            String in = p.getString("in");
            if (OpenApiReader.MANAGED.contains(name.toLowerCase(Locale.ROOT)) || "cookie".equals(in)) {
                continue;
            }
            ParameterLocation location = ParameterLocation.valueOf(in.toUpperCase(Locale.ROOT));
            JsonObject schema = p.containsKey("schema") ? p.getJsonObject("schema") : JsonValue.EMPTY_JSON_OBJECT;
            JsonObject resolved = refs.resolve(schema);
            String def = resolved.containsKey("default") ? SchemaFacts.plain(resolved.get("default")) : null;
            out.removeIf(existing -> existing.name().equals(name) && existing.location() == location);
            out.add(new SpecParameter(name, location, p.getBoolean("required", location == ParameterLocation.PATH),
                    p.getString("description", resolved.getString("description", "")),
                    SchemaFacts.read(schema, refs), def));
        }
    }

    private SpecType bodySchema(JsonObject requestBody) {
        JsonObject content = requestBody.getJsonObject("content");
        if (content == null || content.isEmpty()) {
            return new SpecType(null, null, List.of(), null, null, null, null);
        }
        JsonObject media = content.containsKey("application/json") ? content.getJsonObject("application/json")
                : content.getJsonObject(content.keySet().iterator().next());
        return media.containsKey("schema") ? SchemaFacts.read(media.getJsonObject("schema"), refs)
                : new SpecType(null, null, List.of(), null, null, null, null);
    }

    private Set<String> scopes(JsonObject op) {
        JsonArray security = op.containsKey("security") ? op.getJsonArray("security") : globalSecurity;
        Set<String> scopes = new LinkedHashSet<>();
        if (security != null) {
            for (JsonValue requirement : security) {
                requirement.asJsonObject().values()
                        .forEach(list -> list.asJsonArray().forEach(s -> scopes.add(SchemaFacts.plain(s))));
            }
        }
        return scopes;
    }

    private static Pagination pagination(JsonObject op, List<SpecParameter> params) {
        if ("cursor".equals(op.getString("x-pagination", ""))) {
            return Pagination.CURSOR;
        }
        if (has(params, "page")) {
            return Pagination.PAGES;
        }
        if (has(params, "before") && has(params, "after")) {
            return Pagination.CURSOR;
        }
        return has(params, "from_id") ? Pagination.FROM_ID : Pagination.NONE;
    }

    private static boolean has(List<SpecParameter> params, String name) {
        return params.stream().anyMatch(p -> p.location() == ParameterLocation.QUERY && p.name().equals(name));
    }

    private static RateLimit rateLimit(JsonObject op) {
        JsonObject rl = op.getJsonObject("x-rate-limit");
        if (rl == null || !rl.containsKey("group")) {
            return null;
        }
        int tokens = rl.containsKey("max-tokens") ? rl.getJsonNumber("max-tokens").intValue() : 0;
        return new RateLimit(rl.getString("group"), tokens, window(rl.getString("window-size", "15m")));
    }

    static Duration window(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        long n = Long.parseLong(t.replaceAll("[^0-9]", ""));
        if (t.endsWith("ms")) {
            return Duration.ofMillis(n);
        }
        return switch (t.charAt(t.length() - 1)) {
            case 'h' -> Duration.ofHours(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'd' -> Duration.ofDays(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
