package dev.esi4j.internal.cache;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.esi4j.internal.engine.Exchange;
import dev.esi4j.internal.engine.Step;
import dev.esi4j.internal.http.InboundResponse;

/**
 * GET response cache (B32, B33, B35): fresh entries are served without a request; stale entries with an ETag
 * are revalidated with {@code If-None-Match}; a 304 returns the stored body, and its header fields (a new
 * {@code Expires}, {@code Last-Modified}, {@code X-Pages}) replace the stored ones; a 304 without a stored entry
 * triggers one unconditional fetch. Store failures are logged and ignored: the cache never fails a call.
 */
public final class CacheStep implements Step {

    private static final System.Logger LOG = System.getLogger(CacheStep.class.getName());

    private final ResponseStore store;
    private final Clock clock;

    /**
     * @param store entries
     * @param clock clock
     */
    public CacheStep(ResponseStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public InboundResponse handle(Exchange exchange, Chain next) {
        if (!"GET".equals(exchange.method())) {
            return next.proceed(exchange);
        }
        String key = CacheKeys.of(exchange);
        CachedResponse entry = read(key);
        if (entry != null && !exchange.bypassCache() && entry.fresh(clock.instant())) {
            exchange.cacheHit(true);
            return entry.toResponse();
        }
        if (entry != null && entry.etag() != null && !exchange.bypassCache()) {
            exchange.headers().put("If-None-Match", entry.etag());
        }
        InboundResponse response = next.proceed(exchange);
        if (response.status() == 304) {
            if (entry == null || entry.etag() == null) {
                exchange.headers().remove("If-None-Match");
                return store(key, next.proceed(exchange));
            }
            CachedResponse renewed = entry.revalidated(response, Freshness.lifetime(response, clock.instant())
                    .map(d -> clock.instant().plus(d)).orElse(clock.instant()));
            write(key, renewed);
            exchange.cacheHit(true);
            return renewed.toResponse();
        }
        return store(key, response);
    }

    private InboundResponse store(String key, InboundResponse response) {
        if (response.status() != 200) {
            return response;
        }
        Instant now = clock.instant();
        Instant expires = Freshness.expiresAt(response, now);
        if (expires.isAfter(now) || response.header("ETag").isPresent()) {
            write(key, CachedResponse.of(response, expires));
        } else {
            remove(key);
        }
        return response;
    }

    private CachedResponse read(String key) {
        try {
            Optional<CachedResponse> found = store.get(key);
            return found.orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ESI01016: response cache read failed ({0}); calling ESI", e.toString());
            return null;
        }
    }

    private void write(String key, CachedResponse entry) {
        try {
            store.put(key, entry);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ESI01017: response cache write failed ({0}); continuing", e.toString());
        }
    }

    private void remove(String key) {
        try {
            store.remove(key);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "cache remove failed", e);
        }
    }
}
