package dev.esi4j.jaxrs.internal.rest;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.UriInfo;

/**
 * Where the application's {@code SsoResource} subclass lives, learnt when the JAX-RS application starts (one per
 * class loader, i.e. per WAR).
 */
public final class SsoLocation {

    private static final System.Logger LOG = System.getLogger(SsoLocation.class.getName());

    private static final AtomicReference<String> CLASS_PATH = new AtomicReference<>();

    private SsoLocation() {
    }

    /**
     * @param resourceClass a resource class of the application, possibly the SSO resource subclass
     */
    public static void learn(Class<?> resourceClass) {
        for (Class<?> type = resourceClass; type != null; type = type.getSuperclass()) {
            Path path = type.getAnnotation(Path.class);
            if (path != null) {
                if (CLASS_PATH.compareAndSet(null, trim(path.value()))) {
                    LOG.log(Level.INFO, "ESI20101: EVE SSO endpoints active at {0}/'{'login,callback,select'}' ({1})",
                            trim(path.value()), resourceClass.getName());
                }
                return;
            }
        }
    }

    /**
     * @param uriInfo the current request's URI info
     * @return the raw path of the SSO resource, {@code null} when the application has none
     */
    public static String base(UriInfo uriInfo) {
        String path = CLASS_PATH.get();
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
