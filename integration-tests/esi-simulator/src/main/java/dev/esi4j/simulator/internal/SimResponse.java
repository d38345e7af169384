package dev.esi4j.simulator.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A response under construction: status, headers (case-insensitive names) and body. */
public final class SimResponse {

    /** Content type of JSON bodies. */
    public static final String JSON = "application/json; charset=UTF-8";

    private int status;
    private final Map<String, String[]> headers = new LinkedHashMap<>();
    private byte[] body = new byte[0];
    private String operationId;

    /** @param status HTTP status */
    public SimResponse(int status) {
        this.status = status;
    }

    /** @return a JSON response */
    public static SimResponse json(int status, String json) {
        return new SimResponse(status).body(JSON, json);
    }

    /** @return a response with the given content type and text body */
    public static SimResponse text(int status, String contentType, String text) {
        return new SimResponse(status).body(contentType, text);
    }

    /** Sets body and content type. @return this */
    public SimResponse body(String contentType, String text) {
        this.body = text.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            header("Content-Type", contentType);
        }
        return this;
    }

    /** Sets (replaces) a header. @return this */
    public SimResponse header(String name, String value) {
        headers.put(name.toLowerCase(Locale.ROOT), new String[] {name, value});
        return this;
    }

    /** Removes a header. @return this */
    public SimResponse removeHeader(String name) {
        headers.remove(name.toLowerCase(Locale.ROOT));
        return this;
    }

    /** @return header value or {@code null} */
    public String header(String name) {
        String[] pair = headers.get(name.toLowerCase(Locale.ROOT));
        return pair == null ? null : pair[1];
    }

    /** @return headers as name to value, names in their original case */
    public Map<String, String> headers() {
        Map<String, String> out = new LinkedHashMap<>();
        headers.values().forEach(pair -> out.put(pair[0], pair[1]));
        return out;
    }

    public int status() {
        return status;
    }

    /** Sets the status. @return this */
    public SimResponse status(int newStatus) {
        this.status = newStatus;
        return this;
    }

    public byte[] body() {
        return body;
    }

    /** Replaces the raw body. @return this */
    public SimResponse rawBody(byte[] bytes) {
        this.body = bytes;
        return this;
    }

    /** @return the body as UTF-8 text */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String operationId() {
        return operationId;
    }

    /** Records which spec operation answered. @return this */
    public SimResponse operationId(String id) {
        this.operationId = id;
        return this;
    }
}
