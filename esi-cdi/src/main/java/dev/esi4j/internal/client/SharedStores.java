package dev.esi4j.internal.client;

import java.lang.System.Logger.Level;
import java.util.List;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigException;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.internal.cache.JCacheStores;
import dev.esi4j.internal.cache.MemoryStore;
import dev.esi4j.internal.cache.ResponseStore;
import dev.esi4j.internal.policy.LimitState;

/**
 * The default response store and limit state of a configuration: bounded in memory, or JCache when
 * {@code esi.cache.jcache-name} is set. {@link JCacheStores} is only loaded in the latter case, so the JCache API
 * stays an optional dependency.
 */
final class SharedStores {

    private static final System.Logger LOG = System.getLogger(SharedStores.class.getName());

    private SharedStores() {
    }

    static ResponseStore responses(EsiConfig config) {
        if (config.jcacheName().isEmpty()) {
            return new MemoryStore(config.cacheMaxEntries());
        }
        String name = config.jcacheName().get();
        try {
            ResponseStore store = JCacheStores.responses(name);
            LOG.log(Level.INFO, "ESI01003: ESI responses and limits shared through JCache cache {0}", name);
            return store;
        } catch (LinkageError | RuntimeException e) {
            throw unavailable(name, e);
        }
    }

    static LimitState limits(EsiConfig config) {
        String apiUrl = config.apiUrl().toString();
        if (config.jcacheName().isEmpty()) {
            return LimitState.shared(apiUrl);
        }
        String name = config.jcacheName().get();
        try {
            return LimitState.shared(apiUrl + " jcache:" + name,
                    () -> new LimitState(JCacheStores.limits(name, apiUrl)));
        } catch (LinkageError | RuntimeException e) {
            throw unavailable(name, e);
        }
    }

    private static EsiConfigException unavailable(String name, Throwable e) {
        String why = e instanceof LinkageError ? "the JCache API (javax.cache:cache-api) is not on the class path"
                : "no JCache cache '" + name + "' could be obtained or created: " + e;
        return new EsiConfigException(List.of(EsiConfigKeys.CACHE_JCACHE_NAME + "=" + name + ": " + why
                + " (a JCache provider such as the server's Hazelcast or Infinispan is required; unset the key for"
                + " the in-memory cache)"));
    }
}
