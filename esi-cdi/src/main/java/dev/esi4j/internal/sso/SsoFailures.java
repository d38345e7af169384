package dev.esi4j.internal.sso;

import java.io.IOException;
import java.net.http.HttpHeaders;
import java.net.http.HttpTimeoutException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;

import dev.esi4j.sso.SsoUnavailableException;

/** Turns failed SSO exchanges into exceptions whose messages name no token, secret or full body. */
public final class SsoFailures {

    private static final int EXCERPT = 120;

    private SsoFailures() {
    }

    /**
     * @param what    the step, e.g. "token refresh"
     * @param failure the transport failure
     * @return a transient exception (connection refused, reset, timeout)
     */
    public static TransientSsoException transport(String what, IOException failure) {
        String kind = failure instanceof HttpTimeoutException ? "timed out"
                : failure instanceof BoundedBody.Oversized ? "got an oversized EVE SSO answer"
                : "could not reach EVE SSO";
        return new TransientSsoException(what + " " + kind + " (" + failure.getClass().getSimpleName() + ")", null,
                failure);
    }

    /**
     * @param what     the step
     * @param response a 429 or 5xx answer
     * @param clock    for an HTTP-date {@code Retry-After}
     * @return a transient exception carrying {@code Retry-After}
     */
    public static TransientSsoException serverSide(String what, SsoHttp.Response response, Clock clock) {
        return new TransientSsoException(what + ": EVE SSO answered HTTP " + response.status() + excerpt(response),
                retryAfter(response.headers(), clock), null);
    }

    /**
     * @param what     the step
     * @param response an answer that is neither usable nor a known error
     * @return a non-retried unavailable exception (the token must be kept)
     */
    public static SsoUnavailableException malformed(String what, SsoHttp.Response response) {
        return new SsoUnavailableException(what + ": unusable EVE SSO answer (HTTP " + response.status() + ")"
                + excerpt(response), null, null);
    }

    /**
     * @param status an HTTP status
     * @return whether it is worth repeating the request (429, 5xx)
     */
    public static boolean isServerSide(int status) {
        return status == 429 || status >= 500;
    }

    /**
     * @param body a response body
     * @return the JSON object, or an empty map when it is not one
     */
    public static Map<String, Object> jsonObject(String body) {
        try {
            return body == null || body.isBlank() ? Map.of() : JSONObjectUtils.parse(body);
        } catch (ParseException | RuntimeException e) {
            return Map.of();
        }
    }

    /**
     * @param json  a parsed object
     * @param field a member name
     * @return the member if it is a string, else {@code null}
     */
    public static String string(Map<String, Object> json, String field) {
        return json.get(field) instanceof String text ? text : null;
    }

    /**
     * @param headers the answer's headers
     * @param clock   the current time for an HTTP-date
     * @return the {@code Retry-After} delay, {@code null} when absent or unreadable
     */
    public static Duration retryAfter(HttpHeaders headers, Clock clock) {
        String value = headers.firstValue("Retry-After").map(String::trim).orElse(null);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value)));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration delay = Duration.between(clock.instant(), at.toInstant());
                return delay.isNegative() ? Duration.ZERO : delay;
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /**
     * @param text text from the SSO (an error description)
     * @return it shortened and restricted to printable ASCII, safe for messages and logs
     */
    public static String sanitize(String text) {
        if (text == null) {
            return "";
        }
        String printable = text.replaceAll("[^\\x20-\\x7E]", "?");
        return printable.length() <= EXCERPT ? printable : printable.substring(0, EXCERPT) + "...";
    }

    private static String excerpt(SsoHttp.Response response) {
        Map<String, Object> json = jsonObject(response.body());
        String error = string(json, OAuthParams.ERROR);
        if (error != null) {
            String description = string(json, OAuthParams.ERROR_DESCRIPTION);
            return " error=" + sanitize(error) + (description == null ? "" : " (" + sanitize(description) + ")");
        }
        String contentType = response.headers().firstValue("Content-Type").orElse("no content type");
        return " (" + sanitize(contentType) + ")";
    }
}
