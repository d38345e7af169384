package dev.esi4j.internal.engine;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.esi4j.spec.SpecOperation;

/** One logical HTTP call travelling through the policy pipeline; mutable, confined to one thread. */
public final class Exchange {

    private final SpecOperation operation;
    private final URI uri;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final byte[] body;
    private final Credentials credentials;
    private final CallOptions options;
    private final String language;
    private boolean bypassCache;
    private boolean cacheHit;
    private int attempts;
    private Duration limitWait = Duration.ZERO;

    /**
     * @param operation   the operation
     * @param uri         full URI with query
     * @param headers     call-specific headers (language, caller headers, content type)
     * @param body        body bytes or {@code null}
     * @param credentials token or {@code null}
     * @param options     per-call options
     * @param language    language sent, or {@code null}
     */
    public Exchange(SpecOperation operation, URI uri, Map<String, String> headers, byte[] body,
            Credentials credentials, CallOptions options, String language) {
        this.operation = operation;
        this.uri = uri;
        this.headers.putAll(headers);
        this.body = body;
        this.credentials = credentials;
        this.options = options;
        this.language = language;
        this.bypassCache = options.ignoreCache();
    }

    /** @return a fresh copy for a new attempt series (same request, no statistics) */
    public Exchange copy() {
        Exchange e = new Exchange(operation, uri, headers, body, credentials, options, language);
        e.bypassCache = bypassCache;
        return e;
    }

    public SpecOperation operation() {
        return operation;
    }

    public String method() {
        return operation.method();
    }

    public URI uri() {
        return uri;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public byte[] body() {
        return body;
    }

    public Credentials credentials() {
        return credentials;
    }

    public CallOptions options() {
        return options;
    }

    public String language() {
        return language;
    }

    public boolean bypassCache() {
        return bypassCache;
    }

    public void bypassCache(boolean bypass) {
        this.bypassCache = bypass;
    }

    public boolean cacheHit() {
        return cacheHit;
    }

    public void cacheHit(boolean hit) {
        this.cacheHit = hit;
    }

    public int attempts() {
        return attempts;
    }

    public void countAttempt() {
        attempts++;
    }

    public Duration limitWait() {
        return limitWait;
    }

    public void addLimitWait(Duration wait) {
        limitWait = limitWait.plus(wait);
    }

    /** @return the rate-limit bucket: group plus character (or {@code app} for public calls) */
    public String bucket() {
        String group = operation.rateLimit() == null ? "" : operation.rateLimit().group();
        return group + "/" + (credentials == null ? "app" : credentials.identity());
    }
}
