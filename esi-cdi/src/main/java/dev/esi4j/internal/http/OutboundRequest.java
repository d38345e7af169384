package dev.esi4j.internal.http;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * One HTTP request as sent.
 *
 * @param method  HTTP method
 * @param uri     full URI
 * @param headers headers (one value each)
 * @param body    body bytes, {@code null} for none
 * @param timeout time allowed for the whole response (headers and body)
 */
public record OutboundRequest(String method, URI uri, Map<String, String> headers, byte[] body, Duration timeout) {
}
