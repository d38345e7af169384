package dev.esi4j.jaxrs;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

import dev.esi4j.jaxrs.internal.TokenRequirement;
import dev.esi4j.jaxrs.internal.UsageRules;
import dev.esi4j.jaxrs.internal.rest.SsoLocation;
import dev.esi4j.jaxrs.internal.rest.TokenFlowFilter;

/**
 * Registers the token-flow filter on every resource method annotated (directly or through its class) with
 * {@link TokenRequired}, {@link TokensRequired} or {@link SingleUseToken}, and finds the application's
 * {@link SsoResource} subclass. It exposes no endpoint itself.
 *
 * <p>Discovered by classpath scanning ({@code @Provider}); an application that lists its classes in
 * {@code Application#getClasses()} adds it there:
 * <pre>
 * &#64;Override
 * public Set&lt;Class&lt;?&gt;&gt; getClasses() {
 *     return Set.of(TokenFlowFeature.class, MySsoResource.class, WalletResource.class);
 * }
 * </pre>
 * Misused annotations on resource classes fail the application start with the same coded messages as the CDI
 * checks (ESI20001-ESI20002).
 *
 * @since 0.1
 */
@Provider
public class TokenFlowFeature implements DynamicFeature {

    private static final System.Logger LOG = System.getLogger(TokenFlowFeature.class.getName());

    private final Set<Class<?>> checked = ConcurrentHashMap.newKeySet();

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
        Class<?> resourceClass = resourceInfo.getResourceClass();
        if (SsoResource.class.isAssignableFrom(resourceClass)) {
            SsoLocation.learn(resourceClass);
            return;
        }
        if (checked.add(resourceClass)) {
            List<String> problems = UsageRules.check(resourceClass, false);
            if (!problems.isEmpty()) {
                throw new IllegalStateException(String.join("; ", problems));
            }
        }
        TokenRequirement.of(resourceInfo.getResourceMethod(), resourceClass).ifPresent(requirement -> {
            context.register(TokenFlowFilter.class);
            LOG.log(Level.DEBUG, "token flow {0} on {1}", requirement, resourceInfo.getResourceMethod());
        });
    }
}
