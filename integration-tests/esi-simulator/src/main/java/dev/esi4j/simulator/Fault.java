package dev.esi4j.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * What the simulator does instead of (or on top of) its normal answer, for requests matched by a
 * {@link FaultRule}. Immutable; the {@code with...} methods return modified copies.
 *
 * <pre>{@code
 * sim.faults().on("GetStatus").times(2).inject(Fault.status(503));
 * sim.faults().on("/v2/oauth/token").inject(Fault.html(502));
 * sim.faults().on("GetMarketsRegionIdOrders").query("page", "2").inject(Fault.passThrough().withPages(3));
 * }</pre>
 */
public final class Fault {

    /** How the response is delivered. */
    public enum Kind {
        /** Answer with the fault's status and body instead of the normal answer. */
        RESPOND,
        /** Compute the normal answer, then apply the fault's header/content-type changes and delay. */
        PASS_THROUGH,
        /** Close the connection abruptly (TCP reset) without any response. */
        RESET,
        /** Accept the request but send nothing until {@link #stallDuration()} elapses, then drop the connection. */
        STALL,
        /** Send status, headers and half the body, then nothing until {@link #stallDuration()} elapses, then drop. */
        STALL_BODY,
        /** Send the normal answer cut in half with a matching Content-Length (the client sees truncated JSON). */
        TRUNCATE,
        /** Promise the full Content-Length, send half the body and drop the connection. */
        PREMATURE_EOF
    }

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final Kind kind;
    private final int status;
    private final String contentType;
    private final String body;
    private final Map<String, String> headers;
    private final Set<String> removedHeaders;
    private final Duration delay;
    private final Duration stall;

    private Fault(Kind kind, int status, String contentType, String body, Map<String, String> headers,
                  Set<String> removedHeaders, Duration delay, Duration stall) {
        this.kind = kind;
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.headers = Map.copyOf(headers);
        this.removedHeaders = Set.copyOf(removedHeaders);
        this.delay = delay;
        this.stall = stall;
    }

    private static Fault of(Kind kind) {
        return new Fault(kind, 0, null, null, Map.of(), Set.of(), Duration.ZERO, Duration.ofMinutes(10));
    }

    /**
     * An ESI-shaped JSON error ({@code {"error":..,"status":..}}) with the message ESI uses for that
     * status (e.g. 502 "No reply within 10 seconds", 503 "The datasource tranquility is temporarily
     * unavailable", 504 {@code {"error":"Timeout contacting tranquility","timeout":10}}, 420 the error-limit text).
     */
    public static Fault status(int status) {
        return response(status, "application/json; charset=UTF-8", FaultBodies.esiJson(status));
    }

    /** An ESI-shaped JSON error with the given message. */
    public static Fault status(int status, String message) {
        return response(status, "application/json; charset=UTF-8", FaultBodies.esiJson(status, message));
    }

    /** Any status with any body and content type. */
    public static Fault response(int status, String contentType, String body) {
        return new Fault(Kind.RESPOND, status, contentType, body, Map.of(), Set.of(), Duration.ZERO,
                Duration.ZERO);
    }

    /** An HTML error page as load balancers/CDNs send (recorded pages for 502 and 504). */
    public static Fault html(int status) {
        return response(status, "text/html", FaultBodies.html(status));
    }

    /** 420 with the ESI error-limit body and {@code X-ESI-Error-Limit-Remain: 0}. */
    public static Fault errorLimited() {
        return status(420).withHeader("X-ESI-Error-Limit-Remain", "0");
    }

    /** 429 with {@code Retry-After} in whole seconds. */
    public static Fault rateLimited(Duration retryAfter) {
        return status(429, "Too many requests").withHeader("Retry-After",
                Long.toString(Math.max(0, retryAfter.toSeconds())));
    }

    /** The normal answer, unchanged unless modified with the {@code with...} methods. */
    public static Fault passThrough() {
        return of(Kind.PASS_THROUGH);
    }

    /** The normal answer after a delay. */
    public static Fault delay(Duration delay) {
        return passThrough().withDelay(delay);
    }

    /** The connection is reset without an answer. */
    public static Fault connectionReset() {
        return of(Kind.RESET);
    }

    /** No answer at all for 10 minutes (or until the simulator closes), then the connection is dropped. */
    public static Fault stall() {
        return of(Kind.STALL);
    }

    /** No answer at all for the given time, then the connection is dropped. */
    public static Fault stall(Duration duration) {
        return new Fault(Kind.STALL, 0, null, null, Map.of(), Set.of(), Duration.ZERO, duration);
    }

    /** Status, headers and half the body, then nothing for 10 minutes (or until close), then a drop. */
    public static Fault stallBody() {
        return of(Kind.STALL_BODY);
    }

    /** Status, headers and half the body, then nothing for the given time, then the connection is dropped. */
    public static Fault stallBody(Duration duration) {
        return new Fault(Kind.STALL_BODY, 0, null, null, Map.of(), Set.of(), Duration.ZERO, duration);
    }

    /** 200 {@code application/json} whose body is not valid JSON. */
    public static Fault malformedJson() {
        return response(200, "application/json; charset=UTF-8", "{\"error\": this is not json");
    }

    /** The normal body cut in half, with a matching Content-Length. */
    public static Fault truncatedBody() {
        return of(Kind.TRUNCATE);
    }

    /** Content-Length of the full body, half the body sent, then the connection is dropped. */
    public static Fault prematureEof() {
        return of(Kind.PREMATURE_EOF);
    }

    /** @return a copy that also sets (or replaces) the header */
    public Fault withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Fault(kind, status, contentType, body, h, removedHeaders, delay, stall);
    }

    /** @return a copy that removes the header from the answer (e.g. {@code X-Pages}) */
    public Fault withoutHeader(String name) {
        Set<String> r = new LinkedHashSet<>(removedHeaders);
        r.add(name);
        return new Fault(kind, status, contentType, body, headers, r, delay, stall);
    }

    /** @return a copy that waits before answering */
    public Fault withDelay(Duration wait) {
        return new Fault(kind, status, contentType, body, headers, removedHeaders, wait, stall);
    }

    /** @return a copy whose answer carries another Content-Type (the body stays) */
    public Fault withContentType(String type) {
        return withHeader("Content-Type", type);
    }

    /** @return a copy whose answer announces another page count ({@code X-Pages}) */
    public Fault withPages(int pages) {
        return withHeader("X-Pages", Integer.toString(pages));
    }

    /** @return a copy whose answer carries another {@code Last-Modified} */
    public Fault withLastModified(Instant lastModified) {
        return withHeader("Last-Modified", HTTP_DATE.format(lastModified));
    }

    /** @return delivery kind */
    public Kind kind() {
        return kind;
    }

    /** @return status for {@link Kind#RESPOND}, else 0 */
    public int status() {
        return status;
    }

    /** @return content type for {@link Kind#RESPOND}, else {@code null} */
    public String contentType() {
        return contentType;
    }

    /** @return body for {@link Kind#RESPOND}, else {@code null} */
    public String body() {
        return body;
    }

    /** @return headers to set on the answer */
    public Map<String, String> headers() {
        return headers;
    }

    /** @return headers to remove from the answer */
    public Set<String> removedHeaders() {
        return removedHeaders;
    }

    /** @return wait before answering */
    public Duration delay() {
        return delay;
    }

    /** @return stall duration for {@link Kind#STALL} and {@link Kind#STALL_BODY} */
    public Duration stallDuration() {
        return stall;
    }

    @Override
    public String toString() {
        return "Fault[" + kind + (status > 0 ? " " + status : "") + "]";
    }
}
