package dev.esi4j.simulator.internal.esi;

import dev.esi4j.simulator.internal.SimRequest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Cursor pagination: a fixed, chronological record list walked with {@code before}/{@code after}
 * tokens; {@code limit} records per call; the body carries {@code cursor.before}/{@code cursor.after}.
 */
final class CursorPager {

    private static final int DEFAULT_LIMIT = 10;

    private final SpecCatalog spec;
    private final SchemaGenerator generator;

    CursorPager(SpecCatalog spec, SchemaGenerator generator) {
        this.spec = spec;
        this.generator = generator;
    }

    DataResult page(SpecOperation op, SimRequest req, int total, GenContext ctx, String lang) {
        String before = req.param("before");
        String after = req.param("after");
        if (before != null && after != null) {
            return DataResult.error(400, "'before' and 'after' are mutually exclusive");
        }
        int limit;
        int from;
        try {
            limit = req.param("limit") == null ? DEFAULT_LIMIT : Integer.parseInt(req.param("limit"));
            from = start(before, after, limit, total);
        } catch (IllegalArgumentException e) {
            return DataResult.error(400, "Invalid cursor or limit");
        }
        if (limit < 1 || limit > 1000) {
            return DataResult.error(400, "Invalid limit");
        }
        int to = Math.min(total, Math.max(from, 0) + limit);
        from = Math.max(from, 0);
        if (before != null && !"0".equals(before)) {
            to = Math.min(to, decode(before));
        }
        return DataResult.ok(body(op, ctx, total, from, to, req), lang, 0);
    }

    private static int start(String before, String after, int limit, int total) {
        if (after != null) {
            return "0".equals(after) ? 0 : decode(after) + 1;
        }
        if (before != null) {
            return "0".equals(before) ? total - limit : decode(before) - limit;
        }
        return total - limit;
    }

    private JsonValue body(SpecOperation op, GenContext ctx, int total, int from, int to, SimRequest req) {
        JsonObject schema = op.schema();
        JsonObjectBuilder b = Json.createObjectBuilder();
        schema.getJsonObject("properties").forEach((name, sub) -> {
            JsonObject s = spec.resolve(sub);
            if ("cursor".equals(name)) {
                return;
            }
            if ("array".equals(SchemaGenerator.type(s))) {
                JsonArray all = generator.generate(withLength(s), new GenContext(ctx.random().nextLong(), Map.of(), ctx.language(), total))
                        .asJsonArray();
                JsonArrayBuilder slice = Json.createArrayBuilder();
                for (int i = from; i < to && i < all.size(); i++) {
                    slice.add(all.get(i));
                }
                b.add(name, slice);
            } else {
                b.add(name, generator.generate(s, ctx));
            }
        });
        JsonObjectBuilder cursor = Json.createObjectBuilder();
        cursor.add("before", from < to ? encode(from) : orEmpty(req.param("before")));
        cursor.add("after", from < to ? encode(to - 1) : orEmpty(req.param("after")));
        return b.add("cursor", cursor).build();
    }

    private static JsonObject withLength(JsonObject arraySchema) {
        return Json.createObjectBuilder(arraySchema).remove("maxItems").build();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static String encode(int index) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("rec:" + index).getBytes(StandardCharsets.UTF_8));
    }

    static int decode(String token) {
        String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        if (!s.startsWith("rec:")) {
            throw new IllegalArgumentException("bad cursor");
        }
        return Integer.parseInt(s.substring(4));
    }
}
