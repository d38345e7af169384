package dev.esi4j.jaxrs.internal;

import java.lang.reflect.Method;
import java.security.Principal;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

import dev.esi4j.jaxrs.TokenUnavailableException;
import dev.esi4j.jaxrs.TokenUnavailableException.Reason;
import dev.esi4j.jaxrs.internal.TokenRequirement.Kind;
import dev.esi4j.jaxrs.internal.flow.FlowServices;
import dev.esi4j.jaxrs.internal.flow.TokenFlows;
import dev.esi4j.token.Token;

/**
 * Shared logic of the three interceptors: when the JAX-RS filter already enforced the same requirement in this
 * request, proceed (exactly one enforcement); otherwise resolve the token without browser interaction or throw
 * {@link TokenUnavailableException}.
 */
abstract class GuardInterceptor {

    private final RequestTokenHolder holder;
    private final Instance<FlowServices> services;
    private final Instance<Principal> principal;

    GuardInterceptor(RequestTokenHolder holder, Instance<FlowServices> services, Instance<Principal> principal) {
        this.holder = holder;
        this.services = services;
        this.principal = principal;
    }

    @AroundInvoke
    Object guard(InvocationContext invocation) throws Exception {
        Method method = invocation.getMethod();
        TokenRequirement requirement = TokenRequirement.of(method, method.getDeclaringClass())
                .or(() -> TokenRequirement.on(invocation.getTarget().getClass())).orElseThrow();
        if (holder.enforced().map(requirement::equals).orElse(false)) {
            return invocation.proceed(); // the JAX-RS filter enforced it for this request
        }
        if (holder.enforced().isEmpty()) {
            holder.set(requirement, resolve(requirement, method), false);
            return invocation.proceed();
        }
        return holder.with(requirement, resolve(requirement, method), invocation::proceed);
    }

    private List<Token> resolve(TokenRequirement requirement, Method method) {
        String where = method.getDeclaringClass().getName() + "#" + method.getName() + " needs scopes "
                + requirement.scopes();
        if (requirement.alwaysSso()) {
            throw new TokenUnavailableException(Reason.SSO_NEEDED, where + " through SSO: call it from a JAX-RS"
                    + " resource with the same annotation");
        }
        Optional<String> user = caller();
        if (user.isEmpty()) {
            throw new TokenUnavailableException(Reason.NOT_LOGGED_IN, where + ": nobody is logged in");
        }
        List<Token> tokens = services.get().tokens().validTokens(user.get(), requirement.scopes());
        if (tokens.isEmpty()) {
            throw new TokenUnavailableException(Reason.NO_TOKEN, where + ": the user has no such token");
        }
        if (requirement.kind() == Kind.TOKENS) {
            return tokens;
        }
        List<Token> perCharacter = TokenFlows.newestPerCharacter(tokens);
        if (perCharacter.size() > 1) {
            throw new TokenUnavailableException(Reason.SELECTION_NEEDED, where + ": several characters qualify");
        }
        return perCharacter;
    }

    private Optional<String> caller() {
        try {
            return principal.isResolvable() ? Optional.ofNullable(principal.get()).map(Principal::getName).filter(n -> !n.isBlank())
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
