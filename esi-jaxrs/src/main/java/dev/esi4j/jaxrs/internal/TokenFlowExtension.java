package dev.esi4j.jaxrs.internal;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.DefinitionException;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessManagedBean;

/**
 * Fails the deployment when a CDI bean misuses the token annotations ({@link UsageRules}), instead of failing the
 * first request. JAX-RS resources that are not CDI beans are checked by the JAX-RS feature when the application
 * starts.
 */
public class TokenFlowExtension implements Extension {

    private static final System.Logger LOG = System.getLogger(TokenFlowExtension.class.getName());

    private final AtomicInteger guarded = new AtomicInteger();

    void check(@Observes ProcessManagedBean<?> event) {
        Class<?> type = event.getAnnotatedBeanClass().getJavaClass();
        if (!UsageRules.uses(type)) {
            return;
        }
        guarded.incrementAndGet();
        for (String problem : UsageRules.check(type, true)) {
            event.addDefinitionError(new DefinitionException(problem));
        }
    }

    void report(@Observes AfterDeploymentValidation event) {
        if (guarded.get() > 0) {
            LOG.log(Level.INFO, "ESI20100: token flows active for {0} CDI bean class(es)", guarded.get());
        }
    }
}
