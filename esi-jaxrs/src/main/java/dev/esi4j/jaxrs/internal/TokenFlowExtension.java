package dev.esi4j.jaxrs.internal;

import java.lang.System.Logger.Level;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
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
        warnUnknownScopes(type);
    }

    private static void warnUnknownScopes(Class<?> type) {
        Set<String> scopes = new TreeSet<>();
        TokenRequirement.all(type).forEach(r -> scopes.addAll(r.scopes()));
        for (Method method : type.getDeclaredMethods()) {
            TokenRequirement.all(method).forEach(r -> scopes.addAll(r.scopes()));
        }
        Set<String> unknown = KnownScopes.unknown(scopes);
        if (!unknown.isEmpty()) {
            LOG.log(Level.WARNING, "ESI20005: {0} asks for scopes not in the bundled ESI spec: {1}", type.getName(),
                    unknown);
        }
    }

    void report(@Observes AfterDeploymentValidation event) {
        if (guarded.get() > 0) {
            LOG.log(Level.INFO, "ESI20100: token flows active for {0} CDI bean class(es)", guarded.get());
        }
    }
}
