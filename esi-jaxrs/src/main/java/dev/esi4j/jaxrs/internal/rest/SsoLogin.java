package dev.esi4j.jaxrs.internal.rest;

import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.inject.spi.CDI;

import dev.esi4j.jaxrs.EveSsoAuthenticationMechanism;
import dev.esi4j.jaxrs.internal.flow.LoginHook;

/** Finds the "Log in with EVE Online" hook, present only when the application enabled the mechanism. */
public final class SsoLogin {

    private static final System.Logger LOG = System.getLogger(SsoLogin.class.getName());
    private static final AtomicBoolean REPORTED = new AtomicBoolean();

    private SsoLogin() {
    }

    /** @return the hook, {@code null} when the application has no {@link EveSsoAuthenticationMechanism} bean */
    public static LoginHook hook() {
        boolean active = CDI.current().select(EveSsoAuthenticationMechanism.class).isResolvable();
        if (REPORTED.compareAndSet(false, true)) {
            LOG.log(Level.INFO, "ESI20102: Log in with EVE Online is {0}", active ? "active"
                    : "off (no EveSsoAuthenticationMechanism subclass bean)");
        }
        return active ? new JakartaSecurityLogin() : null;
    }
}
