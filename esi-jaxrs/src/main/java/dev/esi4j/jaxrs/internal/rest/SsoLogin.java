package dev.esi4j.jaxrs.internal.rest;

import jakarta.enterprise.inject.spi.CDI;

import dev.esi4j.jaxrs.EveSsoAuthenticationMechanism;
import dev.esi4j.jaxrs.internal.flow.LoginHook;

/** Finds the "Log in with EVE Online" hook, present only when the application enabled the mechanism. */
public final class SsoLogin {

    private SsoLogin() {
    }

    /** @return the hook, {@code null} when the application has no {@link EveSsoAuthenticationMechanism} bean */
    public static LoginHook hook() {
        return CDI.current().select(EveSsoAuthenticationMechanism.class).isResolvable() ? new JakartaSecurityLogin()
                : null;
    }
}
