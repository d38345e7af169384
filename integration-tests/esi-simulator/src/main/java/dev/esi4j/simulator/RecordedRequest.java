package dev.esi4j.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request as the simulator received it, with the status it answered (0 when the connection was
 * reset or stalled). Header names are lower case.
 *
 * @param method      HTTP method
 * @param path        request path as sent (legacy forms such as {@code /latest/status/} unchanged)
 * @param query       raw query string, empty when none
 * @param parameters  decoded query parameters
 * @param headers     headers by lower-case name
 * @param body        request body as text
 * @param time        arrival time (simulator clock)
 * @param operationId spec operation that answered, or the SSO endpoint path, or {@code null}
 * @param status      response status, 0 if none was sent
 * @param protocol    HTTP version, {@code HTTP/1.1} or {@code HTTP/2.0}
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> parameters,
                              Map<String, List<String>> headers, String body, Instant time, String operationId,
                              int status, String protocol) {

    /** @return first value of the header (any case) or {@code null} */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** @return first value of the query parameter or {@code null} */
    public String param(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
