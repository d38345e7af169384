package dev.esi4j.jaxrs.internal;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import dev.esi4j.jaxrs.CurrentToken;
import dev.esi4j.jaxrs.CurrentTokens;
import dev.esi4j.jaxrs.internal.flow.FlowServices;
import dev.esi4j.token.Token;

/**
 * The request-scoped holder behind {@code @Inject CurrentToken} and {@code @Inject CurrentTokens}. Set once per
 * request by the JAX-RS filter or the interceptor; deletes single-use tokens when the request ends.
 */
@RequestScoped
public class RequestTokenHolder implements CurrentToken, CurrentTokens {

    private static final System.Logger LOG = System.getLogger(RequestTokenHolder.class.getName());

    private final Instance<FlowServices> services;
    private List<Token> tokens = List.of();
    private TokenRequirement requirement;
    private boolean singleUse;

    /** For proxies. */
    protected RequestTokenHolder() {
        this.services = null;
    }

    /**
     * @param services the flow services (for deleting single-use tokens)
     */
    @Inject
    public RequestTokenHolder(Instance<FlowServices> services) {
        this.services = services;
    }

    /**
     * @param enforced      the requirement that was enforced
     * @param resolved      the tokens
     * @param deleteAfter   whether they are single-use tokens to delete when the request ends
     */
    public void set(TokenRequirement enforced, List<Token> resolved, boolean deleteAfter) {
        this.requirement = enforced;
        this.tokens = List.copyOf(resolved);
        this.singleUse = deleteAfter;
    }

    /**
     * Runs an action with other tokens in the holder (a guarded CDI bean called from a guarded request), then
     * restores the request's own tokens.
     *
     * @param enforced the inner requirement
     * @param resolved its tokens
     * @param action   the inner invocation
     * @return the action's result
     * @throws Exception what the action throws
     */
    public Object with(TokenRequirement enforced, List<Token> resolved, Callable<Object> action)
            throws Exception {
        TokenRequirement outerRequirement = requirement;
        List<Token> outerTokens = tokens;
        boolean outerSingleUse = singleUse;
        set(enforced, resolved, false);
        try {
            return action.call();
        } finally {
            requirement = outerRequirement;
            tokens = outerTokens;
            singleUse = outerSingleUse;
        }
    }

    /** @return the requirement enforced for this request, empty when none was yet */
    public Optional<TokenRequirement> enforced() {
        return Optional.ofNullable(requirement);
    }

    @Override
    public Optional<Token> token() {
        return tokens.isEmpty() ? Optional.empty() : Optional.of(tokens.get(0));
    }

    @Override
    public List<Token> list() {
        return tokens;
    }

    @PreDestroy
    void deleteSingleUse() {
        if (singleUse) {
            for (Token token : tokens) {
                try {
                    services.get().tokens().delete(token);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "ESI20203: single-use token {0} could not be deleted: {1}",
                            token.id().orElse(null), e.toString());
                }
            }
        }
    }
}
