package dev.esi4j.internal.paging;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.esi4j.internal.engine.CallSpec;
import dev.esi4j.internal.engine.Engine;
import dev.esi4j.internal.engine.Outcome;
import dev.esi4j.spec.Pagination;

/**
 * {@code results()} for cursor ({@code before} tokens in {@code cursor}) and {@code from_id} operations: requests
 * follow each other until a page adds nothing new.
 */
public final class CursorWalker {

    private static final int MAX_REQUESTS = 10_000;
    private static final String[] ID_FIELDS = {"transaction_id", "mail_id", "id"};

    private final Engine engine;

    /** @param engine the engine */
    public CursorWalker(Engine engine) {
        this.engine = engine;
    }

    /**
     * @param call     the first call
     * @param listener progress callback (total unknown: reported as done + 1)
     * @return all items
     */
    public Paged walk(CallSpec call, ProgressListener listener) {
        boolean cursor = call.operation().pagination() == Pagination.CURSOR;
        JsonArrayBuilder all = Json.createArrayBuilder();
        Set<String> seen = new HashSet<>();
        CallSpec next = call;
        Outcome last = null;
        int requests = 0;
        while (next != null && requests < MAX_REQUESTS) {
            last = engine.call(next);
            requests++;
            listener.progress(requests, requests + 1);
            JsonArray items = items(last.data());
            int added = 0;
            for (JsonValue item : items) {
                if (seen.add(key(item))) {
                    all.add(item);
                    added++;
                }
            }
            next = added == 0 ? null : cursor ? nextCursor(call, last.data()) : nextFromId(call, items);
        }
        return new Paged(all.build(), last, requests, requests);
    }

    private static CallSpec nextCursor(CallSpec call, JsonValue data) {
        if (data.getValueType() != JsonValue.ValueType.OBJECT) {
            return null;
        }
        JsonObject c = data.asJsonObject().getJsonObject("cursor");
        if (c == null || !c.containsKey("before") || c.isNull("before") || c.getString("before", "").isEmpty()) {
            return null;
        }
        return call.with("before", c.getString("before"));
    }

    private static CallSpec nextFromId(CallSpec call, JsonArray items) {
        long min = Long.MAX_VALUE;
        for (JsonValue item : items) {
            if (item.getValueType() == JsonValue.ValueType.OBJECT) {
                for (String f : ID_FIELDS) {
                    if (item.asJsonObject().get(f) instanceof JsonNumber n) {
                        min = Math.min(min, n.longValueExact());
                        break;
                    }
                }
            }
        }
        return min == Long.MAX_VALUE ? null : call.with("from_id", min);
    }

    /** @return the list of a page: the array itself, or the first array member of an object */
    static JsonArray items(JsonValue data) {
        if (data.getValueType() == JsonValue.ValueType.ARRAY) {
            return data.asJsonArray();
        }
        if (data.getValueType() == JsonValue.ValueType.OBJECT) {
            for (Map.Entry<String, JsonValue> e : data.asJsonObject().entrySet()) {
                if (!"cursor".equals(e.getKey()) && e.getValue().getValueType() == JsonValue.ValueType.ARRAY) {
                    return e.getValue().asJsonArray();
                }
            }
        }
        return JsonValue.EMPTY_JSON_ARRAY;
    }

    private static String key(JsonValue item) {
        return item.toString();
    }
}
