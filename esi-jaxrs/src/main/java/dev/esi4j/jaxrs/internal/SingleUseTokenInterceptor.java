package dev.esi4j.jaxrs.internal;

import java.security.Principal;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import dev.esi4j.jaxrs.SingleUseToken;
import dev.esi4j.jaxrs.internal.flow.FlowServices;

/** Enforces {@link SingleUseToken} on CDI bean methods (see {@link GuardInterceptor}). */
@SingleUseToken
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 100)
public class SingleUseTokenInterceptor extends GuardInterceptor {

    /**
     * @param holder    the request's token holder
     * @param services  the flow services
     * @param principal the caller (a built-in bean in Jakarta EE)
     */
    @Inject
    public SingleUseTokenInterceptor(RequestTokenHolder holder, Instance<FlowServices> services, Instance<Principal> principal) {
        super(holder, services, principal);
    }
}
