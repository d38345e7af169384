package dev.esi4j.simulator.internal.esi;

import dev.esi4j.simulator.internal.esi.SpecOperation.Paging;
import dev.esi4j.simulator.internal.esi.SpecOperation.RateLimitSpec;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the spec's paths into {@link SpecOperation}s. */
final class SpecReader {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");

    private final SpecCatalog spec;

    SpecReader(SpecCatalog spec) {
        this.spec = spec;
    }

    List<SpecOperation> read() {
        List<SpecOperation> out = new ArrayList<>();
        JsonObject paths = spec.root().getJsonObject("paths");
        paths.forEach((path, item) -> ((JsonObject) item).forEach((method, op) -> {
            if (METHODS.contains(method)) {
                out.add(operation(path, method, (JsonObject) op));
            }
        }));
        return out;
    }

    Set<String> scopes() {
        Set<String> out = new LinkedHashSet<>();
        JsonObject schemes = spec.root().getJsonObject("components").getJsonObject("securitySchemes");
        if (schemes != null) {
            schemes.values().forEach(s -> collectScopes(s.asJsonObject().getJsonObject("flows"), out));
        }
        return out;
    }

    private static void collectScopes(JsonObject flows, Set<String> out) {
        if (flows != null) {
            flows.values().forEach(f -> {
                JsonObject scopes = f.asJsonObject().getJsonObject("scopes");
                if (scopes != null) {
                    out.addAll(scopes.keySet());
                }
            });
        }
    }

    private SpecOperation operation(String path, String method, JsonObject op) {
        List<String> pathParams = new ArrayList<>();
        Matcher m = PARAM.matcher(path);
        StringBuilder regex = new StringBuilder("^");
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(path.substring(last, m.start()))).append("([^/]+)");
            pathParams.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(path.substring(last))).append('$');
        List<String> query = queryParams(op);
        int status = successStatus(op.getJsonObject("responses"));
        List<String> scopes = scopes(op);
        return new SpecOperation(op.getString("operationId", method + path), method.toUpperCase(Locale.ROOT),
                path, Pattern.compile(regex.toString()), List.copyOf(pathParams), query, status,
                responseSchema(op, status), scopes, op.containsKey("security"), rateLimit(op),
                op.getInt("x-cache-age", 0), paging(op, query), localized(op, status), requestBody(op),
                requiredQuery(op));
    }

    private List<String> queryParams(JsonObject op) {
        List<String> out = new ArrayList<>();
        JsonArray params = op.getJsonArray("parameters");
        if (params != null) {
            for (JsonValue p : params) {
                JsonObject param = spec.resolve(p);
                if (param != null && "query".equals(param.getString("in", ""))) {
                    out.add(param.getString("name"));
                }
            }
        }
        return List.copyOf(out);
    }

    private List<String> requiredQuery(JsonObject op) {
        List<String> out = new ArrayList<>();
        JsonArray params = op.getJsonArray("parameters");
        if (params != null) {
            for (JsonValue p : params) {
                JsonObject param = spec.resolve(p);
                JsonObject schema = param == null ? null : spec.resolve(param.get("schema"));
                if (param != null && "query".equals(param.getString("in", "")) && param.getBoolean("required", false)
                        && (schema == null || !schema.containsKey("default"))) {
                    out.add(param.getString("name"));
                }
            }
        }
        return List.copyOf(out);
    }

    private static int successStatus(JsonObject responses) {
        for (String s : List.of("200", "201", "204")) {
            if (responses.containsKey(s)) {
                return Integer.parseInt(s);
            }
        }
        return 200;
    }

    private JsonObject responseSchema(JsonObject op, int status) {
        return contentSchema(spec.resolve(op.getJsonObject("responses").get(Integer.toString(status))));
    }

    private JsonObject requestBody(JsonObject op) {
        return contentSchema(spec.resolve(op.get("requestBody")));
    }

    private JsonObject contentSchema(JsonObject holder) {
        JsonObject content = holder == null ? null : holder.getJsonObject("content");
        if (content == null || content.isEmpty()) {
            return null;
        }
        JsonObject media = content.values().iterator().next().asJsonObject();
        return media.containsKey("schema") ? spec.resolve(media.get("schema")) : null;
    }

    private static List<String> scopes(JsonObject op) {
        List<String> out = new ArrayList<>();
        JsonArray security = op.getJsonArray("security");
        if (security != null) {
            for (JsonValue req : security) {
                req.asJsonObject().values().forEach(list -> list.asJsonArray()
                        .forEach(s -> out.add(((JsonString) s).getString())));
            }
        }
        return List.copyOf(out);
    }

    private static RateLimitSpec rateLimit(JsonObject op) {
        JsonObject rl = op.getJsonObject("x-rate-limit");
        if (rl == null) {
            return null;
        }
        String window = rl.getString("window-size", "15m");
        return new RateLimitSpec(rl.getString("group", "default"), rl.getInt("max-tokens", 100),
                DurationText.seconds(window), window);
    }

    private static Paging paging(JsonObject op, List<String> query) {
        if ("cursor".equals(op.getString("x-pagination", "")) || query.contains("after") && query.contains("before")) {
            return Paging.CURSOR;
        }
        if (query.contains("page")) {
            return Paging.PAGES;
        }
        boolean fromId = query.stream()
                .anyMatch(q -> List.of("from_id", "last_mail_id", "max_war_id", "from_event").contains(q));
        return fromId ? Paging.FROM_ID : Paging.NONE;
    }

    private boolean localized(JsonObject op, int status) {
        JsonObject response = spec.resolve(op.getJsonObject("responses").get(Integer.toString(status)));
        JsonObject headers = response == null ? null : response.getJsonObject("headers");
        if (headers != null && headers.containsKey("Content-Language")) {
            return true;
        }
        JsonArray params = op.getJsonArray("parameters");
        return params != null && params.stream().map(spec::resolve)
                .anyMatch(p -> p != null && "language".equals(p.getString("name", "")));
    }
}
