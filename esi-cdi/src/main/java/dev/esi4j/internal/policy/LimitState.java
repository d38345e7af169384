package dev.esi4j.internal.policy;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * "Not before" instants: the error-limit pause (key {@code error-limit}) and rate-limit buckets
 * ({@code group/character}). One instance per ESI base URL is shared by every client of the process, so the
 * whole application respects ESI's per-IP error budget.
 */
public final class LimitState {

    private static final ConcurrentMap<String, LimitState> SHARED = new ConcurrentHashMap<>();

    private final ConcurrentMap<String, Instant> notBefore = new ConcurrentHashMap<>();

    /**
     * @param apiUrl ESI base URL
     * @return the process-wide state of that ESI
     */
    public static LimitState shared(String apiUrl) {
        return SHARED.computeIfAbsent(apiUrl, k -> new LimitState());
    }

    /**
     * @param key state key
     * @return the instant before which no request may be sent, or {@code null}
     */
    public Instant notBefore(String key) {
        return notBefore.get(key);
    }

    /**
     * Moves the instant later (never earlier).
     *
     * @param key   state key
     * @param until new instant
     */
    public void block(String key, Instant until) {
        notBefore.merge(key, until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Forgets every pause (tests). */
    public void clear() {
        notBefore.clear();
    }
}
