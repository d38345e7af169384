package dev.esi4j.cdi;

import java.lang.System.Logger.Level;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import dev.esi4j.config.EsiConfig;

/**
 * Produces the one {@link EsiConfig} of the application, read once from MicroProfile Config and validated.
 * Deployment-time validation is done by {@link EsiConfigValidator}.
 */
@ApplicationScoped
public class EsiConfigProducer {

    private static final System.Logger LOG = System.getLogger(EsiConfigProducer.class.getName());

    private final Config config;
    private volatile EsiConfig esiConfig;

    /** For proxies. */
    protected EsiConfigProducer() {
        this.config = null;
    }

    /**
     * @param config the application's MicroProfile Config
     */
    @Inject
    public EsiConfigProducer(Config config) {
        this.config = config;
    }

    /**
     * @return the validated configuration (read on first use, then the same immutable instance)
     */
    @Produces
    public EsiConfig esiConfig() {
        EsiConfig current = esiConfig;
        if (current == null) {
            synchronized (this) {
                if (esiConfig == null) {
                    esiConfig = EsiConfig.read(key -> config.getOptionalValue(key, String.class), Clock.systemUTC());
                    esiConfig.warnings().forEach(w -> LOG.log(Level.WARNING, "ESI00001: {0}", w));
                }
                current = esiConfig;
            }
        }
        return current;
    }
}
