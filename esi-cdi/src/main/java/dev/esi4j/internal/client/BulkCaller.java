package dev.esi4j.internal.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import dev.esi4j.EsiBulkResult;
import dev.esi4j.EsiHttpException;
import dev.esi4j.EsiParameterException;
import dev.esi4j.internal.engine.CallSpec;
import dev.esi4j.internal.engine.Engine;
import dev.esi4j.spec.SpecType;

/**
 * Bulk POSTs (B52): the items are split into chunks of the body's {@code maxItems}; a chunk that ESI rejects
 * with 400/404 is halved until the bad items are isolated; answers are merged.
 */
final class BulkCaller {

    private static final int DEFAULT_CHUNK = 1000;

    private final Engine engine;
    private final List<JsonValue> answers = new ArrayList<>();
    private final List<Object> rejected = new ArrayList<>();
    private int requests;

    BulkCaller(Engine engine) {
        this.engine = engine;
    }

    EsiBulkResult call(CallSpec call, Collection<?> items) {
        SpecType body = call.operation().body();
        if (body == null || !"array".equals(body.type())) {
            throw new EsiParameterException(call.operation().id(), "body", "is not an array; bulk() needs one");
        }
        int chunk = body.maxItems() == null ? DEFAULT_CHUNK : body.maxItems();
        List<Object> all = new ArrayList<>(new java.util.LinkedHashSet<>(items));
        for (int i = 0; i < all.size(); i += chunk) {
            send(call, all.subList(i, Math.min(all.size(), i + chunk)));
        }
        return new EsiBulkResult(merge(answers), rejected, requests);
    }

    private void send(CallSpec call, List<Object> items) {
        try {
            requests++;
            answers.add(engine.call(call.withBody(new ArrayList<>(items))).data());
        } catch (EsiHttpException e) {
            if (e.status() != 400 && e.status() != 404) {
                throw e;
            }
            if (items.size() == 1) {
                rejected.add(items.get(0));
                return;
            }
            int half = items.size() / 2;
            send(call, items.subList(0, half));
            send(call, items.subList(half, items.size()));
        }
    }

    static JsonValue merge(List<JsonValue> parts) {
        if (parts.stream().allMatch(p -> p.getValueType() == JsonValue.ValueType.OBJECT) && !parts.isEmpty()) {
            Map<String, JsonArrayBuilder> keys = new LinkedHashMap<>();
            for (JsonValue part : parts) {
                part.asJsonObject().forEach((k, v) -> {
                    JsonArrayBuilder b = keys.computeIfAbsent(k, x -> Json.createArrayBuilder());
                    if (v.getValueType() == JsonValue.ValueType.ARRAY) {
                        v.asJsonArray().forEach(b::add);
                    } else {
                        b.add(v);
                    }
                });
            }
            JsonObjectBuilder out = Json.createObjectBuilder();
            keys.forEach((k, b) -> out.add(k, b));
            return out.build();
        }
        JsonArrayBuilder out = Json.createArrayBuilder();
        for (JsonValue part : parts) {
            if (part.getValueType() == JsonValue.ValueType.ARRAY) {
                part.asJsonArray().forEach(out::add);
            } else if (part != JsonValue.NULL) {
                out.add(part);
            }
        }
        return out.build();
    }
}
