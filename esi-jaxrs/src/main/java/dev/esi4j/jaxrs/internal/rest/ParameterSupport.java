package dev.esi4j.jaxrs.internal.rest;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

import dev.esi4j.jaxrs.CurrentToken;
import dev.esi4j.jaxrs.CurrentTokens;
import dev.esi4j.jaxrs.internal.RequestTokenHolder;

/**
 * Makes {@code @Context CurrentToken} / {@code @Context CurrentTokens} resource-method parameters work where the
 * runtime resolves {@code @Context} from per-request context data (RESTEasy, i.e. WildFly). Other runtimes use
 * {@code @Inject}. Reflective so that esi-jaxrs needs no RESTEasy dependency.
 */
final class ParameterSupport {

    private static final MethodHandle PUSH = find();

    private ParameterSupport() {
    }

    static void publish(RequestTokenHolder holder) {
        if (PUSH == null) {
            return;
        }
        try {
            PUSH.invoke(CurrentToken.class, (Object) holder);
            PUSH.invoke(CurrentTokens.class, (Object) holder);
        } catch (Throwable e) {
            throw new IllegalStateException("ESI20092: could not publish the token to RESTEasy", e);
        }
    }

    private static MethodHandle find() {
        try {
            Class<?> context = Class.forName("org.jboss.resteasy.core.ResteasyContext", false,
                    ParameterSupport.class.getClassLoader());
            return MethodHandles.publicLookup().findStatic(context, "pushContext",
                    MethodType.methodType(void.class, Class.class, Object.class));
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
