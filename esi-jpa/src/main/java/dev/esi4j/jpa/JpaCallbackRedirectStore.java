package dev.esi4j.jpa;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import dev.esi4j.jpa.internal.JpaTx;
import dev.esi4j.jpa.internal.Times;
import dev.esi4j.token.CallbackRedirect;
import dev.esi4j.token.CallbackRedirectStore;
import dev.esi4j.token.Scope;

/**
 * {@link CallbackRedirectStore} on JPA; replaces the in-memory default when esi-jpa is deployed (see
 * {@link JpaTokenStore} for the wiring). {@link #consumeByStateAndSessionId} deletes the row with a conditional
 * {@code DELETE}, so of two concurrent callbacks with the same state exactly one succeeds.
 *
 * @since 0.1
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class JpaCallbackRedirectStore implements CallbackRedirectStore {

    private final JpaTx tx;

    /** For CDI proxies. */
    protected JpaCallbackRedirectStore() {
        this.tx = null;
    }

    /** @param em the application's entity manager (CDI producer) */
    @Inject
    public JpaCallbackRedirectStore(EntityManager em) {
        this(JpaTx.forEntityManager(em));
    }

    JpaCallbackRedirectStore(JpaTx tx) {
        this.tx = tx;
    }

    /** @param emf factory of a resource-local persistence unit with the esi4j entities @return the store */
    public static JpaCallbackRedirectStore create(EntityManagerFactory emf) {
        return new JpaCallbackRedirectStore(JpaTx.forFactory(emf));
    }

    @Override
    public void save(CallbackRedirect redirect) {
        tx.inTransaction(em -> {
            em.persist(toEntity(redirect));
            em.flush();
            return null;
        });
    }

    @Override
    public Optional<CallbackRedirect> consumeByStateAndSessionId(String state, String sessionId) {
        return tx.inTransaction(em -> {
            EsiCallbackRedirectEntity found = em.find(EsiCallbackRedirectEntity.class, state);
            if (found == null || !found.getSessionId().equals(sessionId)) {
                return Optional.empty();
            }
            CallbackRedirect redirect = toValue(found);
            int deleted = em.createQuery("DELETE FROM EsiCallbackRedirect r WHERE r.state = :state"
                    + " AND r.sessionId = :session").setParameter("state", state).setParameter("session", sessionId)
                    .executeUpdate();
            return deleted == 1 ? Optional.of(redirect) : Optional.empty();
        });
    }

    @Override
    public Optional<CallbackRedirect> findOptionalByState(String state) {
        return tx.inTransaction(em -> Optional.ofNullable(em.find(EsiCallbackRedirectEntity.class, state))
                .map(JpaCallbackRedirectStore::toValue));
    }

    @Override
    public List<CallbackRedirect> findBySessionId(String sessionId) {
        return tx.inTransaction(em -> em.createQuery("SELECT r FROM EsiCallbackRedirect r"
                + " WHERE r.sessionId = :session ORDER BY r.createdAt, r.state", EsiCallbackRedirectEntity.class)
                .setParameter("session", sessionId).getResultList().stream().map(JpaCallbackRedirectStore::toValue)
                .toList());
    }

    @Override
    public long count() {
        return tx.inTransaction(em -> em.createQuery("SELECT COUNT(r) FROM EsiCallbackRedirect r", Long.class)
                .getSingleResult());
    }

    @Override
    public int deleteByCreatedAtBefore(Instant cutoff) {
        return tx.inTransaction(em -> em.createQuery("DELETE FROM EsiCallbackRedirect r WHERE r.createdAt < :cutoff")
                .setParameter("cutoff", Times.toColumn(cutoff)).executeUpdate());
    }

    private static EsiCallbackRedirectEntity toEntity(CallbackRedirect r) {
        EsiCallbackRedirectEntity e = new EsiCallbackRedirectEntity();
        e.setState(r.state());
        e.setSessionId(r.sessionId());
        e.setCodeVerifier(r.codeVerifier());
        e.setMethod(r.method());
        e.setPath(r.path());
        e.setQuery(r.query());
        e.setScopes(String.join(" ", r.scopes()));
        e.setNewToken(r.newToken());
        e.setSingleUse(r.singleUse());
        e.setCreatedAt(Times.toColumn(r.createdAt()));
        return e;
    }

    private static CallbackRedirect toValue(EsiCallbackRedirectEntity e) {
        return new CallbackRedirect(e.getState(), e.getSessionId(), e.getCodeVerifier(), e.getMethod(), e.getPath(),
                e.getQuery(), Scope.names(e.getScopes()), e.isNewToken(), e.isSingleUse(),
                Times.fromColumn(e.getCreatedAt()));
    }
}
