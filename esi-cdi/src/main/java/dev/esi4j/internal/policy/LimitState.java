package dev.esi4j.internal.policy;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * "Not before" instants: the error-limit pause (key {@code error-limit}) and rate-limit buckets
 * ({@code group/character}). One instance per ESI base URL (and shared store) is shared by every client of the
 * process, so the whole application respects ESI's per-IP error budget; with a {@link SharedLimits} store the
 * instants are also shared with the other nodes of a cluster. A failing shared store never fails a call: the local
 * copy is always kept and used alone while the store fails.
 */
public final class LimitState {

    private static final System.Logger LOG = System.getLogger(LimitState.class.getName());
    private static final ConcurrentMap<String, LimitState> SHARED = new ConcurrentHashMap<>();

    private final ConcurrentMap<String, Instant> notBefore = new ConcurrentHashMap<>();
    private final SharedLimits shared;

    /** Local state only. */
    public LimitState() {
        this(null);
    }

    /** @param shared cluster-wide store, or {@code null} for local state only */
    public LimitState(SharedLimits shared) {
        this.shared = shared;
    }

    /**
     * @param apiUrl ESI base URL
     * @return the process-wide state of that ESI
     */
    public static LimitState shared(String apiUrl) {
        return SHARED.computeIfAbsent(apiUrl, k -> new LimitState());
    }

    /**
     * @param key     ESI base URL plus the shared store's name
     * @param factory creates the state the first time
     * @return the process-wide state for that key
     */
    public static LimitState shared(String key, Supplier<LimitState> factory) {
        return SHARED.computeIfAbsent(key, k -> factory.get());
    }

    /**
     * @param key state key
     * @return the instant before which no request may be sent, or {@code null}
     */
    public Instant notBefore(String key) {
        Instant local = notBefore.get(key);
        if (shared == null) {
            return local;
        }
        Instant remote;
        try {
            remote = shared.notBefore(key);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ESI01001: shared limit state read failed ({0}); using this node''s state",
                    e.toString());
            return local;
        }
        return later(local, remote);
    }

    /**
     * Moves the instant later (never earlier).
     *
     * @param key   state key
     * @param until new instant
     */
    public void block(String key, Instant until) {
        notBefore.merge(key, until, LimitState::later);
        if (shared != null) {
            try {
                shared.block(key, until);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "ESI01002: shared limit state write failed ({0}); kept on this node",
                        e.toString());
            }
        }
    }

    /** Forgets every local pause (tests). */
    public void clear() {
        notBefore.clear();
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}
