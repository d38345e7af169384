package dev.esi4j.internal.json;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

import dev.esi4j.EsiException;

/** Parses bodies with JSON-P and maps them with JSON-B (created on first use, closed with the client). */
public final class JsonMapper implements AutoCloseable {

    private volatile Jsonb jsonb;

    /**
     * @param body UTF-8 JSON bytes
     * @return the value
     * @throws JsonException when the body is not JSON
     */
    public static JsonValue parse(byte[] body) {
        try (JsonReader reader = Readers.FACTORY.createReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            return reader.readValue();
        }
    }

    /** One reader factory: {@code Json.createReader} looks the provider up (a service-loader scan) on every call. */
    private static final class Readers {
        static final JsonReaderFactory FACTORY = Json.createReaderFactory(Map.of());
    }

    /**
     * @param value a Java object, collection or JSON-P value
     * @return its JSON text
     */
    public String toJson(Object value) {
        if (value instanceof JsonValue json) {
            return json.toString();
        }
        try {
            return jsonb().toJson(value);
        } catch (JsonbException e) {
            throw new EsiException("cannot serialise the request body: " + e.getMessage(), e);
        }
    }

    /**
     * @param value JSON value
     * @param type  target type (record, class, generic type)
     * @param <T>   target type
     * @return the mapped object (unknown JSON properties are ignored)
     */
    public <T> T map(JsonValue value, Type type) {
        try {
            return jsonb().fromJson(new StringReader(value.toString()), type);
        } catch (JsonbException e) {
            throw new EsiException("cannot map ESI data to " + type.getTypeName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param array JSON array
     * @param type  element type
     * @param <T>   element type
     * @return one mapped element per array item
     */
    public <T> List<T> mapList(JsonArray array, Class<T> type) {
        List<T> out = new ArrayList<>(array.size());
        for (JsonValue item : array) {
            out.add(map(item, type));
        }
        return out;
    }

    private Jsonb jsonb() {
        Jsonb current = jsonb;
        if (current == null) {
            synchronized (this) {
                if (jsonb == null) {
                    jsonb = JsonbBuilder.create();
                }
                current = jsonb;
            }
        }
        return current;
    }

    @Override
    public void close() {
        Jsonb current = jsonb;
        if (current != null) {
            try {
                current.close();
            } catch (Exception e) {
                // nothing to release beyond best effort
            }
        }
    }
}
