package dev.esi4j.jaxrs.internal.flow;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.sso.SsoClient;
import dev.esi4j.token.CallbackRedirectStore;
import dev.esi4j.token.TokenService;

/**
 * The one CDI bean of the flows: builds the plain controllers from the SSO client, the token service, the
 * callback-redirect store and the configuration. JAX-RS filters and the SSO resource look it up.
 */
@ApplicationScoped
public class FlowServices {

    private final TokenAccess tokens;
    private final TokenFlows flows;
    private final CallbackController callback;
    private final SelectionController selection;
    private final SsoStarter starter;

    /** For proxies. */
    protected FlowServices() {
        this.tokens = null;
        this.flows = null;
        this.callback = null;
        this.selection = null;
        this.starter = null;
    }

    /**
     * @param sso       the SSO client
     * @param service   the token service
     * @param redirects pending SSO flows
     * @param config    the configuration
     * @param clock     a clock bean, when the application has one
     */
    @Inject
    public FlowServices(SsoClient sso, TokenService service, CallbackRedirectStore redirects, EsiConfig config,
            Instance<Clock> clock) {
        Clock time = clock.isResolvable() ? clock.get() : Clock.systemUTC();
        Duration maxAge = config.callbackRedirectMaxAge();
        FlowStore store = new SpiFlowStore(redirects);
        this.tokens = new SpiTokenAccess(service);
        this.starter = new SsoStarter(sso, store, time);
        this.flows = new TokenFlows(tokens, starter, time, maxAge);
        this.callback = new CallbackController(sso, store, tokens, time, maxAge, config.languages());
        this.selection = new SelectionController(tokens, starter, time, maxAge,
                new SelectionController.PageSettings(config.languages(), config.imageServerUrl()));
    }

    /** @return the token port */
    public TokenAccess tokens() {
        return tokens;
    }

    /** @return the orchestrator of guarded requests */
    public TokenFlows flows() {
        return flows;
    }

    /** @return the SSO callback controller */
    public CallbackController callback() {
        return callback;
    }

    /** @return the selection page controller */
    public SelectionController selection() {
        return selection;
    }

    /** @return the SSO starter */
    public SsoStarter starter() {
        return starter;
    }
}
