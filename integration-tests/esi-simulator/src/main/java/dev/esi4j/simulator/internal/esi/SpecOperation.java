package dev.esi4j.simulator.internal.esi;

import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the loaded spec, reduced to what the simulator needs.
 *
 * @param operationId  operation id
 * @param method       HTTP method, upper case
 * @param template     spec path template
 * @param pattern      regex matching concrete paths
 * @param pathParams   names of the template's path parameters, in order
 * @param queryParams  names of query parameters
 * @param status       success status (200, 201 or 204)
 * @param schema       resolved success response schema, {@code null} when none
 * @param scopes       required scopes, empty for public operations
 * @param secured      whether a bearer token is required
 * @param rateLimit    rate-limit group or {@code null}
 * @param cacheAge     {@code x-cache-age} seconds
 * @param paging       pagination style
 * @param localized    whether the answer carries Content-Language
 * @param requestBody  request body schema or {@code null}
 * @param requiredQuery required query parameters without a default
 */
public record SpecOperation(String operationId, String method, String template, Pattern pattern,
                            List<String> pathParams, List<String> queryParams, int status, JsonObject schema,
                            List<String> scopes, boolean secured, RateLimitSpec rateLimit, int cacheAge,
                            Paging paging, boolean localized, JsonObject requestBody,
                            List<String> requiredQuery) {

    /** Pagination styles found in the ESI spec. */
    public enum Paging {
        /** Not paged. */
        NONE,
        /** {@code page} query parameter with {@code X-Pages}. */
        PAGES,
        /** {@code before}/{@code after}/{@code limit} with a {@code cursor} object in the body. */
        CURSOR,
        /** Walk back by id ({@code from_id}, {@code last_mail_id}, {@code max_war_id}, {@code from_event}). */
        FROM_ID
    }

    /**
     * A rate-limit group from {@code x-rate-limit}.
     *
     * @param group         group name
     * @param maxTokens     tokens per window
     * @param windowSeconds window length
     * @param windowText    window as written in the spec, e.g. {@code 15m}
     */
    public record RateLimitSpec(String group, int maxTokens, long windowSeconds, String windowText) {
    }

    /** @return path parameter values when the path matches, else {@code null} */
    public Map<String, String> match(String path) {
        Matcher m = pattern.matcher(path);
        if (!m.matches()) {
            return null;
        }
        LinkedHashMap<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pathParams.size(); i++) {
            values.put(pathParams.get(i), m.group(i + 1));
        }
        return values;
    }

    /** @return the id-walk query parameter for {@link Paging#FROM_ID}, else {@code null} */
    public String fromIdParam() {
        for (String p : List.of("from_id", "last_mail_id", "max_war_id", "from_event")) {
            if (queryParams.contains(p)) {
                return p;
            }
        }
        return null;
    }
}
