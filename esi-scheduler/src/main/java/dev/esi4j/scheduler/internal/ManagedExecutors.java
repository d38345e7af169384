package dev.esi4j.scheduler.internal;

import java.util.Optional;
import java.util.concurrent.ExecutorService;

import javax.naming.InitialContext;
import javax.naming.NamingException;

/** Finds the server's default managed executor (Jakarta Concurrency), so refresh threads carry the app's context. */
public final class ManagedExecutors {

    /** JNDI name of the default managed executor every Jakarta EE server provides. */
    public static final String DEFAULT = "java:comp/DefaultManagedExecutorService";

    private ManagedExecutors() {
    }

    /** @return the default managed executor, or empty outside a Jakarta EE server (Java SE, tests) */
    public static Optional<ExecutorService> lookup() {
        try {
            return Optional.of(InitialContext.doLookup(DEFAULT));
        } catch (NamingException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
