package dev.esi4j.internal.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Bounded in-memory LRU store (the default). */
public final class MemoryStore implements ResponseStore {

    private final Map<String, CachedResponse> entries;

    /** @param maxEntries bound; the least recently used entry is evicted beyond it */
    public MemoryStore(int maxEntries) {
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CachedResponse> eldest) {
                return size() > maxEntries;
            }
        };
    }

    @Override
    public synchronized Optional<CachedResponse> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized void put(String key, CachedResponse entry) {
        entries.put(key, entry);
    }

    @Override
    public synchronized void remove(String key) {
        entries.remove(key);
    }

    /** @return number of entries */
    public synchronized int size() {
        return entries.size();
    }
}
