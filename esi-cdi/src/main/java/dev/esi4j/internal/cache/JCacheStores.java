package dev.esi4j.internal.cache;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.Caching;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.Duration;
import javax.cache.expiry.ModifiedExpiryPolicy;

import dev.esi4j.internal.policy.SharedLimits;

/**
 * JCache-backed response store and limit state ({@code esi.cache.jcache-name}): the only class that touches the
 * optional JCache API. Caches come from the default caching provider's default manager (the server's Hazelcast or
 * Infinispan); a cache that does not exist is created. Responses live in the named cache, the limit state in
 * {@code <name>-limits}.
 */
public final class JCacheStores {

    private static final long RESPONSE_DAYS = 1;
    private static final long LIMIT_HOURS = 1;

    private JCacheStores() {
    }

    /**
     * @param name cache name
     * @return the response store
     */
    public static ResponseStore responses(String name) {
        return new Responses(cache(name, new Duration(TimeUnit.DAYS, RESPONSE_DAYS)));
    }

    /**
     * @param name   cache name (the limits live in {@code <name>-limits})
     * @param prefix key prefix separating the ESI instances that share the cache (the ESI base URL)
     * @return the shared limit state
     */
    public static SharedLimits limits(String name, String prefix) {
        return new Limits(cache(name + "-limits", new Duration(TimeUnit.HOURS, LIMIT_HOURS)), prefix + " ");
    }

    private static Cache<Object, Object> cache(String name, Duration ttl) {
        CacheManager manager = Caching.getCachingProvider().getCacheManager();
        Cache<Object, Object> cache = manager.getCache(name);
        if (cache != null) {
            return cache;
        }
        try {
            return manager.createCache(name, new MutableConfiguration<>()
                    .setExpiryPolicyFactory(ModifiedExpiryPolicy.factoryOf(ttl)));
        } catch (CacheException createdMeanwhile) {
            Cache<Object, Object> other = manager.getCache(name);
            if (other == null) {
                throw createdMeanwhile;
            }
            return other;
        }
    }

    private record Responses(Cache<Object, Object> cache) implements ResponseStore {

        @Override
        public Optional<CachedResponse> get(String key) {
            return Optional.ofNullable(cache.get(key)).filter(CachedResponse.class::isInstance)
                    .map(CachedResponse.class::cast);
        }

        @Override
        public void put(String key, CachedResponse entry) {
            cache.put(key, entry);
        }

        @Override
        public void remove(String key) {
            cache.remove(key);
        }
    }

    private record Limits(Cache<Object, Object> cache, String prefix) implements SharedLimits {

        @Override
        public Instant notBefore(String key) {
            Object value = cache.get(prefix + key);
            return value instanceof Instant instant ? instant : null;
        }

        @Override
        public void block(String key, Instant until) {
            String k = prefix + key;
            for (int attempt = 0; attempt < 8; attempt++) {
                Object current = cache.get(k);
                if (current instanceof Instant instant && !until.isAfter(instant)) {
                    return;
                }
                if (current == null ? cache.putIfAbsent(k, until) : cache.replace(k, current, until)) {
                    return;
                }
            }
        }
    }
}
