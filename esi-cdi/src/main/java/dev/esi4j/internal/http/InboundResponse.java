package dev.esi4j.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP response as received.
 *
 * @param status  status code
 * @param headers headers, case-insensitive keys
 * @param body    body bytes (empty array for none)
 */
public record InboundResponse(int status, Map<String, List<String>> headers, byte[] body) {

    /** Makes header lookup case-insensitive. */
    public InboundResponse {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> {
            if (k != null) {
                copy.put(k, List.copyOf(v));
            }
        });
        headers = copy;
        body = body == null ? new byte[0] : body;
    }

    /**
     * @param name header name
     * @return its first value
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0).trim());
    }

    /** @return the body as UTF-8 text */
    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * @param max maximum characters
     * @return the start of the body on one line, for error messages
     */
    public String excerpt(int max) {
        String text = text().replaceAll("\\s+", " ").trim();
        return text.length() <= max ? text : text.substring(0, max) + "...";
    }
}
