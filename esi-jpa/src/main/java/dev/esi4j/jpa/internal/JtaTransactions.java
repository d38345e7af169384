package dev.esi4j.jpa.internal;

import java.util.function.Function;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import dev.esi4j.token.TokenException;

/** Begins a JTA transaction for a container-managed entity manager when the caller has none. */
final class JtaTransactions {

    private JtaTransactions() {
    }

    static <R> R run(EntityManager em, Function<EntityManager, R> work) {
        UserTransaction utx = lookup();
        try {
            utx.begin();
            em.joinTransaction();
            R result = JpaTx.translate(() -> work.apply(em));
            utx.commit();
            return result;
        } catch (RuntimeException e) {
            rollback(utx);
            throw e;
        } catch (Exception e) {
            rollback(utx);
            throw new TokenException("Token store transaction failed (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static UserTransaction lookup() {
        try {
            return (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        } catch (NamingException e) {
            throw new TokenException("No JTA transaction and no java:comp/UserTransaction for the esi4j token store",
                    e);
        }
    }

    private static void rollback(UserTransaction utx) {
        try {
            if (utx.getStatus() != Status.STATUS_NO_TRANSACTION) {
                utx.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            System.getLogger("dev.esi4j.jpa").log(System.Logger.Level.DEBUG, "rollback failed", e);
        }
    }
}
