package dev.esi4j.simulator;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.StringJoiner;

/** Builds a valid request URL for a spec operation (path ids and required query parameters). */
final class RequestFactory {

    private RequestFactory() {
    }

    static String url(JsonObject spec, String path, JsonObject op) {
        String url = path;
        StringJoiner query = new StringJoiner("&");
        for (JsonValue raw : op.getJsonArray("parameters")) {
            JsonObject p = resolve(spec, raw);
            String in = p.getString("in");
            String name = p.getString("name");
            if ("path".equals(in)) {
                url = url.replace("{" + name + "}", pathValue(name));
            } else if ("query".equals(in) && p.getBoolean("required", false)) {
                query.add(name + "=" + queryValue(spec, p));
            }
        }
        return query.length() == 0 ? url : url + "?" + query;
    }

    private static String pathValue(String name) {
        return switch (name) {
            case "character_id" -> Long.toString(SimCharacter.PILOT_ALPHA.id());
            case "killmail_hash" -> "abcdef0123456789";
            case "division" -> "1";
            default -> "10000002";
        };
    }

    private static String queryValue(JsonObject spec, JsonObject param) {
        JsonObject schema = resolve(spec, param.get("schema"));
        if (schema.containsKey("default")) {
            return schema.get("default").toString().replace("\"", "");
        }
        if (schema.containsKey("items")) {
            JsonObject items = resolve(spec, schema.get("items"));
            return items.containsKey("enum") ? items.getJsonArray("enum").getString(0) : "1";
        }
        return "integer".equals(schema.getString("type", "")) ? "30000142" : "Jita";
    }

    static JsonObject resolve(JsonObject spec, JsonValue v) {
        JsonValue s = v;
        while (s instanceof JsonObject o && o.containsKey("$ref")) {
            s = spec.getValue(o.getString("$ref").substring(1));
        }
        return (JsonObject) s;
    }
}
