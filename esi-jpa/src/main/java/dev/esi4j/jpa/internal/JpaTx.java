package dev.esi4j.jpa.internal;

import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;

import dev.esi4j.token.TokenException;

/**
 * Runs store operations in a transaction. Joins the caller's JTA transaction when there is one; otherwise begins
 * one: a resource-local transaction, or a JTA {@code UserTransaction} for a container-managed entity manager.
 * Exceptions of the work propagate unchanged (after rollback); persistence failures become {@link TokenException}s
 * (transient for the callers: a token is never deleted because the database failed).
 */
public abstract class JpaTx {

    /**
     * @param work the operation
     * @param <R>  its result type
     * @return its result
     */
    public abstract <R> R inTransaction(Function<EntityManager, R> work);

    /** @param emf factory (Java SE, tests) @return transactions on a new entity manager per operation */
    public static JpaTx forFactory(EntityManagerFactory emf) {
        return new JpaTx() {
            @Override
            public <R> R inTransaction(Function<EntityManager, R> work) {
                EntityManager em = emf.createEntityManager();
                try {
                    return resourceLocal(em, work);
                } finally {
                    em.close();
                }
            }
        };
    }

    /** @param em an injected (container-managed or application-produced) entity manager @return transactions */
    public static JpaTx forEntityManager(EntityManager em) {
        return new JpaTx() {
            @Override
            public <R> R inTransaction(Function<EntityManager, R> work) {
                if (em.isJoinedToTransaction()) {
                    return translate(() -> work.apply(em));
                }
                EntityTransaction local;
                try {
                    local = em.getTransaction();
                } catch (IllegalStateException jta) {
                    return JtaTransactions.run(em, work);
                }
                return runLocal(em, local, work);
            }
        };
    }

    static <R> R resourceLocal(EntityManager em, Function<EntityManager, R> work) {
        return runLocal(em, em.getTransaction(), work);
    }

    private static <R> R runLocal(EntityManager em, EntityTransaction tx, Function<EntityManager, R> work) {
        return translate(() -> {
            tx.begin();
            try {
                R result = work.apply(em);
                tx.commit();
                return result;
            } finally {
                if (tx.isActive()) {
                    tx.rollback();
                }
            }
        });
    }

    static <R> R translate(java.util.function.Supplier<R> call) {
        try {
            return call.get();
        } catch (PersistenceException e) {
            throw new TokenException("Token store operation failed (" + e.getClass().getSimpleName()
                    + "); the token is kept", e);
        }
    }
}
