package dev.esi4j.internal.cache;

import dev.esi4j.internal.engine.Exchange;

/**
 * Cache keys (B35): method, full URI with query (page, ids, legacy language), the language, and the caller
 * (character or token digest) for authenticated calls, so one character's data is never served to another.
 */
public final class CacheKeys {

    private CacheKeys() {
    }

    /**
     * @param exchange the call
     * @return its key
     */
    public static String of(Exchange exchange) {
        String who = exchange.credentials() == null ? "public" : exchange.credentials().identity();
        String language = exchange.language() == null ? "-" : exchange.language();
        return exchange.method() + " " + exchange.uri() + " lang=" + language + " who=" + who;
    }
}
