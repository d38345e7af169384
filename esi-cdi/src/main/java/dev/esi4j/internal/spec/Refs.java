package dev.esi4j.internal.spec;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.esi4j.EsiSpecException;

/** Resolves local {@code $ref}s ({@code #/components/...}) inside one document. */
final class Refs {

    private static final int MAX_DEPTH = 32;

    private final JsonObject root;

    Refs(JsonObject root) {
        this.root = root;
    }

    /**
     * @param value an object that may be a {@code $ref}
     * @return the referenced object (following chains), or the value itself
     */
    JsonObject resolve(JsonObject value) {
        JsonObject current = value;
        for (int i = 0; current.containsKey("$ref"); i++) {
            if (i > MAX_DEPTH) {
                throw new EsiSpecException("$ref chain too deep at " + value.getString("$ref"));
            }
            current = lookup(current.getString("$ref"));
        }
        return current;
    }

    private JsonObject lookup(String ref) {
        if (!ref.startsWith("#/")) {
            throw new EsiSpecException("only local $refs are supported, found " + ref);
        }
        JsonValue node = root;
        for (String part : ref.substring(2).split("/")) {
            String key = part.replace("~1", "/").replace("~0", "~");
            if (node.getValueType() != JsonValue.ValueType.OBJECT || !node.asJsonObject().containsKey(key)) {
                throw new EsiSpecException("unresolvable $ref " + ref);
            }
            node = node.asJsonObject().get(key);
        }
        return node.asJsonObject();
    }
}
