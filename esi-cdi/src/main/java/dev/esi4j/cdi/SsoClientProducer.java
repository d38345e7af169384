package dev.esi4j.cdi;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.sso.SsoClient;
import dev.esi4j.sso.SsoClients;

/**
 * Produces the application's one {@link SsoClient} ({@code @Inject SsoClient sso}), created on first use from the
 * {@link EsiConfig} and closed when the application stops.
 */
@ApplicationScoped
public class SsoClientProducer {

    private static final System.Logger LOG = System.getLogger(SsoClientProducer.class.getName());

    private final EsiConfig config;

    /** For proxies. */
    protected SsoClientProducer() {
        this.config = null;
    }

    /**
     * @param config the validated configuration
     */
    @Inject
    public SsoClientProducer(EsiConfig config) {
        this.config = config;
    }

    /**
     * @param clock the application's {@link Clock} bean if it has one (tests), else the system clock is used
     * @return the shared SSO client
     */
    @Produces
    @ApplicationScoped
    public SsoClient ssoClient(Instance<Clock> clock) {
        return SsoClients.create(config, clock.isResolvable() ? clock.get() : Clock.systemUTC());
    }

    /**
     * @param client the client to release
     */
    public void close(@Disposes SsoClient client) {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.DEBUG, "closing the SSO client", e);
            }
        }
    }
}
