package dev.esi4j.jaxrs.internal;

import java.security.Principal;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import dev.esi4j.jaxrs.TokensRequired;
import dev.esi4j.jaxrs.internal.flow.FlowServices;

/** Enforces {@link TokensRequired} on CDI bean methods (see {@link GuardInterceptor}). */
@TokensRequired
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class TokensRequiredInterceptor extends GuardInterceptor {

    /**
     * @param holder    the request's token holder
     * @param services  the flow services
     * @param principal the caller (a built-in bean in Jakarta EE)
     */
    @Inject
    public TokensRequiredInterceptor(RequestTokenHolder holder, Instance<FlowServices> services, Instance<Principal> principal) {
        super(holder, services, principal);
    }
}
