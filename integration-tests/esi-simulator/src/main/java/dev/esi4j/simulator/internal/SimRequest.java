package dev.esi4j.simulator.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One received HTTP request, fully read.
 *
 * @param method  HTTP method, upper case
 * @param path    decoded request path
 * @param rawQuery raw query string or empty
 * @param query   decoded query parameters
 * @param headers headers keyed by lower-case name
 * @param body    request body (possibly empty)
 * @param time    when it arrived
 * @param protocol HTTP version
 */
public record SimRequest(String method, String path, String rawQuery, Map<String, List<String>> query,
                         Map<String, List<String>> headers, byte[] body, Instant time, String protocol) {

    /** @return first value of the header (case-insensitive) or {@code null} */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** @return first value of the query parameter or {@code null} */
    public String param(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** @return the body as UTF-8 text */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** @return a copy with another path (used to map legacy paths) */
    public SimRequest withPath(String newPath) {
        return new SimRequest(method, newPath, rawQuery, query, headers, body, time, protocol);
    }
}
