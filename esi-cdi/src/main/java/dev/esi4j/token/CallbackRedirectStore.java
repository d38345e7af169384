package dev.esi4j.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * SPI: pending SSO flows (django-esi's {@code CallbackRedirect}). esi-jpa provides {@code JpaCallbackRedirectStore};
 * {@link InMemoryCallbackRedirectStore} serves tests and small applications. Implementations are thread-safe.
 *
 * @since 0.1
 */
public interface CallbackRedirectStore {

    /**
     * Stores a pending flow.
     *
     * @param redirect the flow state (its {@code state} must be new)
     */
    void save(CallbackRedirect redirect);

    /**
     * Single use: atomically removes and returns the flow with this state <em>and</em> session. A second call with
     * the same values (a reloaded callback) finds nothing, and so does a call from another session, which leaves
     * the flow in place.
     *
     * @param state     the {@code state} from the callback
     * @param sessionId the current session id
     * @return the flow, or empty when no flow of this session has this state
     */
    Optional<CallbackRedirect> consumeByStateAndSessionId(String state, String sessionId);

    /**
     * @param state the {@code state} value
     * @return the flow, or empty when none has this state
     */
    Optional<CallbackRedirect> findOptionalByState(String state);

    /**
     * @param sessionId a session id
     * @return the pending flows of that session, oldest first; an empty list when none
     */
    List<CallbackRedirect> findBySessionId(String sessionId);

    /** @return the number of pending flows, 0 when none */
    long count();

    /**
     * Deletes flows created before the cutoff in one batched statement (cleanup, MISSION 6.1).
     *
     * @param cutoff flows created strictly before it are deleted
     * @return how many were deleted, 0 when none
     */
    int deleteByCreatedAtBefore(Instant cutoff);
}
