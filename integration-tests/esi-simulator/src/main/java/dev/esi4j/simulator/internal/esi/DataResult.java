package dev.esi4j.simulator.internal.esi;

import jakarta.json.JsonValue;

/**
 * Body chosen for a request.
 *
 * @param body     the JSON body ({@code null} with an error)
 * @param language language of the body
 * @param pages    {@code X-Pages} value, or 0 for none
 * @param status   0 when fine, else the error status (400 bad paging parameter, 404 page beyond the last)
 * @param error    error message when {@code status != 0}
 */
record DataResult(JsonValue body, String language, int pages, int status, String error) {

    static DataResult ok(JsonValue body, String language, int pages) {
        return new DataResult(body, language, pages, 0, null);
    }

    static DataResult error(int status, String message) {
        return new DataResult(null, null, 0, status, message);
    }
}
