package dev.esi4j.internal.engine;

import jakarta.json.JsonValue;

import dev.esi4j.internal.http.InboundResponse;

/**
 * A decoded response.
 *
 * @param data     the body as JSON-P
 * @param response the raw response (status, headers)
 * @param exchange the call with its statistics
 */
public record Outcome(JsonValue data, InboundResponse response, Exchange exchange) {
}
