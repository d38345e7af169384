package dev.esi4j.internal.cache;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.esi4j.internal.http.InboundResponse;

/**
 * A stored GET response (serializable for JCache).
 *
 * @param status    status (200)
 * @param headers   response headers
 * @param body      body bytes
 * @param etag      {@code ETag} as sent (weak ETags verbatim), or {@code null}
 * @param expiresAt when the entry stops being fresh
 */
public record CachedResponse(int status, Map<String, List<String>> headers, byte[] body, String etag,
        Instant expiresAt) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the headers into a serializable map. */
    public CachedResponse {
        headers = new HashMap<>(headers);
    }

    /**
     * @param response a 200 response
     * @param expires  freshness end
     * @return the entry
     */
    public static CachedResponse of(InboundResponse response, Instant expires) {
        return new CachedResponse(response.status(), response.headers(), response.body(),
                response.header("ETag").orElse(null), expires);
    }

    /**
     * @param now current time
     * @return whether it may be served without asking ESI
     */
    public boolean fresh(Instant now) {
        return expiresAt.isAfter(now);
    }

    /**
     * @param expires new freshness end
     * @return a copy
     */
    public CachedResponse withExpiresAt(Instant expires) {
        return new CachedResponse(status, headers, body, etag, expires);
    }

    /**
     * Applies a 304: its headers (ETag, Expires, Last-Modified, ...) replace the stored ones (RFC 9111 4.3.4).
     *
     * @param notModified the 304 response
     * @param expires     new freshness end
     * @return the updated entry
     */
    public CachedResponse revalidated(InboundResponse notModified, Instant expires) {
        Map<String, List<String>> merged = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        merged.putAll(headers);
        notModified.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Length") && !name.equalsIgnoreCase("Content-Type")) {
                merged.put(name, values);
            }
        });
        return new CachedResponse(status, merged, body, notModified.header("ETag").orElse(etag), expires);
    }

    /** @return the stored response */
    public InboundResponse toResponse() {
        return new InboundResponse(status, headers, body);
    }
}
