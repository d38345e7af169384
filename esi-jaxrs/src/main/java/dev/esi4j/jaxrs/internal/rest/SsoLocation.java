package dev.esi4j.jaxrs.internal.rest;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;

/** Where the application's {@code SsoResource} subclass lives, learnt when the JAX-RS application starts. */
public final class SsoLocation {

    private final AtomicReference<String> classPath = new AtomicReference<>();

    /**
     * @param resourceClass a resource class of the application, possibly the SSO resource subclass
     */
    public void learn(Class<?> resourceClass) {
        for (Class<?> type = resourceClass; type != null; type = type.getSuperclass()) {
            Path path = type.getAnnotation(Path.class);
            if (path != null) {
                classPath.compareAndSet(null, trim(path.value()));
                return;
            }
        }
    }

    /**
     * @param uriInfo the current request's URI info
     * @return the raw path of the SSO resource, {@code null} when the application has none
     */
    public String base(UriInfo uriInfo) {
        String path = classPath.get();
        if (path == null) {
            return null;
        }
        String base = uriInfo.getBaseUri().getRawPath();
        return (base.endsWith("/") ? base : base + "/") + path;
    }

    private static String trim(String value) {
        String result = value;
        while (result.startsWith("/")) {
            result = result.substring(1);
        }
        while (result.endsWith("/")) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
