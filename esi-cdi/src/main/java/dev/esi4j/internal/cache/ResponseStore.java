package dev.esi4j.internal.cache;

import java.util.Optional;

/** Where cached responses live (in memory by default, JCache in a cluster). Implementations are thread-safe. */
public interface ResponseStore {

    /**
     * @param key cache key
     * @return the entry
     */
    Optional<CachedResponse> get(String key);

    /**
     * @param key   cache key
     * @param entry entry
     */
    void put(String key, CachedResponse entry);

    /** @param key cache key */
    void remove(String key);
}
