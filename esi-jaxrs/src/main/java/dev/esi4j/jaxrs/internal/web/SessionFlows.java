package dev.esi4j.jaxrs.internal.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpSession;

/**
 * Short-lived, single-use flow state kept in the browser session:
 * <ul>
 * <li>hand-offs: the token(s) chosen on the selection page or obtained by SSO, waiting for the resumed request of
 * one {@link ReturnTarget} (this is how the original resource "receives the new token");</li>
 * <li>selections: pending token-selection pages.</li>
 * </ul>
 * Each map keeps at most {@value #MAX_ENTRIES} entries (oldest dropped) and entries expire.
 */
public final class SessionFlows {

    static final String HANDOFFS = "dev.esi4j.jaxrs.handoffs";
    static final String SELECTIONS = "dev.esi4j.jaxrs.selections";
    static final int MAX_ENTRIES = 16;
    private static final Object LOCK = new Object();

    /**
     * Tokens waiting for a resumed request.
     *
     * @param tokenIds  the token ids, newest first
     * @param singleUse whether they must be deleted after that request
     * @param expiresAt when the hand-off lapses
     */
    public record Handoff(List<Long> tokenIds, boolean singleUse, Instant expiresAt) implements Serializable {
        /** Copies. */
        public Handoff {
            tokenIds = List.copyOf(tokenIds);
        }
    }

    /**
     * A pending selection page.
     *
     * @param target    where to return once a token is chosen
     * @param scopes    the required scopes
     * @param expiresAt when the selection lapses
     */
    public record Selection(ReturnTarget target, Set<String> scopes, Instant expiresAt) implements Serializable {
        /** Copies. */
        public Selection {
            scopes = Set.copyOf(scopes);
        }
    }

    private SessionFlows() {
    }

    /**
     * @param session the browser session
     * @param target  the request that will resume
     * @param handoff what it receives
     */
    public static void putHandoff(HttpSession session, ReturnTarget target, Handoff handoff) {
        put(session, HANDOFFS, target.key(), handoff);
    }

    /**
     * @param session the browser session, may be {@code null}
     * @param target  the current request
     * @param now     the current time
     * @return the hand-off for this request, removed from the session; empty when none or expired
     */
    public static Optional<Handoff> takeHandoff(HttpSession session, ReturnTarget target, Instant now) {
        return take(session, HANDOFFS, target.key(), Handoff.class).filter(h -> h.expiresAt().isAfter(now));
    }

    /**
     * @param session   the browser session
     * @param selection the pending selection
     * @return its random id, used in the page URL and the form
     */
    public static String putSelection(HttpSession session, Selection selection) {
        String id = SessionSecrets.random(18);
        put(session, SELECTIONS, id, selection);
        return id;
    }

    /**
     * @param session the browser session, may be {@code null}
     * @param id      the selection id
     * @param now     the current time
     * @return the pending selection (kept in the session), empty when unknown or expired
     */
    public static Optional<Selection> findSelection(HttpSession session, String id, Instant now) {
        return map(session, SELECTIONS, false).map(m -> m.get(id)).map(Selection.class::cast)
                .filter(s -> s.expiresAt().isAfter(now));
    }

    /**
     * @param session the browser session, may be {@code null}
     * @param id      the selection id
     * @return the removed selection, empty when unknown
     */
    public static Optional<Selection> removeSelection(HttpSession session, String id) {
        return take(session, SELECTIONS, id, Selection.class);
    }

    private static void put(HttpSession session, String name, String key, Object value) {
        synchronized (LOCK) {
            Map<String, Object> map = map(session, name, true).orElseThrow();
            map.remove(key);
            map.put(key, value);
            while (map.size() > MAX_ENTRIES) {
                map.remove(map.keySet().iterator().next());
            }
            session.setAttribute(name, map);
        }
    }

    private static <T> Optional<T> take(HttpSession session, String name, String key, Class<T> type) {
        synchronized (LOCK) {
            Optional<Map<String, Object>> map = map(session, name, false);
            Optional<T> value = map.map(m -> m.remove(key)).map(type::cast);
            map.ifPresent(m -> session.setAttribute(name, m));
            return value;
        }
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> map(HttpSession session, String name, boolean create) {
        if (session == null) {
            return Optional.empty();
        }
        Object current = session.getAttribute(name);
        if (current instanceof LinkedHashMap<?, ?> map) {
            return Optional.of((Map<String, Object>) map);
        }
        return create ? Optional.of(new LinkedHashMap<>()) : Optional.empty();
    }
}
