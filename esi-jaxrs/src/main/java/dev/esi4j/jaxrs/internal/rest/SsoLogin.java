package dev.esi4j.jaxrs.internal.rest;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.CDI;

import dev.esi4j.jaxrs.internal.flow.LoginHook;

/** Finds the "Log in with EVE Online" hook, present only when the application enabled the mechanism. */
public final class SsoLogin {

    private SsoLogin() {
    }

    /** @return the hook, {@code null} when the application has not enabled EVE SSO login */
    public static LoginHook hook() {
        Instance<LoginHook> hooks = CDI.current().select(LoginHook.class);
        return hooks.isResolvable() ? hooks.get() : null;
    }
}
