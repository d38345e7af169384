package dev.esi4j;

import java.util.List;

import jakarta.json.JsonValue;

/**
 * Result of {@link EsiRequest#bulk}: the merged answers and the items ESI rejected one by one.
 *
 * @param data     merged data (arrays concatenated, objects merged key by key)
 * @param rejected items that ESI refused even alone (e.g. invalid ids)
 * @param requests requests made
 * @since 0.1
 */
public record EsiBulkResult(JsonValue data, List<Object> rejected, int requests) {

    /** Copies the list. */
    public EsiBulkResult {
        rejected = List.copyOf(rejected);
    }
}
