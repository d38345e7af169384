package dev.esi4j.cdi;

import java.lang.System.Logger.Level;
import java.util.concurrent.ExecutorService;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;

import dev.esi4j.EsiCallEvent;
import dev.esi4j.EsiClient;
import dev.esi4j.EsiClientBuilder;
import dev.esi4j.config.EsiConfig;
import dev.esi4j.internal.engine.UserAgent;

/**
 * Produces the application's {@link EsiClient}: one per application, built from {@link EsiConfig}, firing an
 * {@link EsiCallEvent} per request, using the server's default managed executor when there is one, and closed on
 * shutdown.
 *
 * <pre>
 * &#64;Inject EsiClient esi;
 * JsonValue status = esi.operation("GetStatus").result();
 * </pre>
 * A second, differently configured client is built with {@link EsiClient#builder()} in an application producer
 * carrying the application's own qualifier (and closed in its disposer).
 */
@ApplicationScoped
public class EsiClientProducer {

    private static final System.Logger LOG = System.getLogger(EsiClientProducer.class.getName());
    private static final String MANAGED_EXECUTOR = "java:comp/DefaultManagedExecutorService";

    /**
     * @param config the configuration
     * @param events CDI event for {@link EsiCallEvent}
     * @return the application's client
     */
    @Produces
    @ApplicationScoped
    public EsiClient esiClient(EsiConfig config, Event<EsiCallEvent> events) {
        EsiClientBuilder builder = EsiClient.builder().config(config).onCall(events::fire);
        ExecutorService managed = managedExecutor();
        if (managed != null) {
            builder.executor(managed);
        }
        EsiClient client = builder.build();
        LOG.log(Level.INFO, "ESI01020: ESI client ready for {0}, compatibility date {1}, spec {2}, esi4j {3}",
                config.apiUrl(), config.compatibilityDate(), config.specFile().orElse(config.specFetch()
                        ? "fetched from ESI" : "bundled"), UserAgent.libraryVersion());
        return client;
    }

    /**
     * Closes the client (connection pool, threads) when the application stops.
     *
     * @param client the client
     */
    public void close(@Disposes EsiClient client) {
        client.close();
    }

    private static ExecutorService managedExecutor() {
        try {
            Object found = new InitialContext().lookup(MANAGED_EXECUTOR);
            return found instanceof ExecutorService e ? e : null;
        } catch (NamingException | RuntimeException e) {
            LOG.log(Level.DEBUG, "no managed executor; the client uses its own threads");
            return null;
        }
    }
}
