package dev.esi4j.token;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link CallbackRedirectStore} in memory, for tests and single-node applications. Thread-safe.
 *
 * @since 0.1
 */
public class InMemoryCallbackRedirectStore implements CallbackRedirectStore {

    private final Map<String, CallbackRedirect> redirects = new ConcurrentHashMap<>();

    @Override
    public void save(CallbackRedirect redirect) {
        if (redirects.putIfAbsent(redirect.state(), redirect) != null) {
            throw new IllegalStateException("A pending SSO flow with this state already exists");
        }
    }

    @Override
    public Optional<CallbackRedirect> consumeByStateAndSessionId(String state, String sessionId) {
        CallbackRedirect found = redirects.get(state);
        if (found == null || !found.sessionId().equals(sessionId) || !redirects.remove(state, found)) {
            return Optional.empty();
        }
        return Optional.of(found);
    }

    @Override
    public Optional<CallbackRedirect> findOptionalByState(String state) {
        return Optional.ofNullable(redirects.get(state));
    }

    @Override
    public List<CallbackRedirect> findBySessionId(String sessionId) {
        return redirects.values().stream().filter(r -> r.sessionId().equals(sessionId))
                .sorted(Comparator.comparing(CallbackRedirect::createdAt)).toList();
    }

    @Override
    public long count() {
        return redirects.size();
    }

    @Override
    public int deleteByCreatedAtBefore(Instant cutoff) {
        int deleted = 0;
        for (CallbackRedirect redirect : List.copyOf(redirects.values())) {
            if (redirect.createdAt().isBefore(cutoff) && redirects.remove(redirect.state(), redirect)) {
                deleted++;
            }
        }
        return deleted;
    }
}
