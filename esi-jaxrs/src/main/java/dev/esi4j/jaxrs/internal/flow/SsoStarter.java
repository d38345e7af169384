package dev.esi4j.jaxrs.internal.flow;

import java.time.Clock;
import java.util.Set;

import dev.esi4j.jaxrs.internal.web.ReturnTarget;
import dev.esi4j.jaxrs.internal.web.SessionSecrets;
import dev.esi4j.sso.AuthorizationRequest;
import dev.esi4j.sso.SsoClient;

/** Step 1: starts an SSO flow bound to the browser session and answers with the redirect to EVE SSO. */
public final class SsoStarter {

    private final SsoClient sso;
    private final FlowStore store;
    private final Clock clock;

    /**
     * @param sso   the SSO client
     * @param store pending flows
     * @param clock time source
     */
    public SsoStarter(SsoClient sso, FlowStore store, Clock clock) {
        this.sso = sso;
        this.store = store;
        this.clock = clock;
    }

    /**
     * @param context   the request
     * @param target    where to return after the callback
     * @param scopes    scopes to request
     * @param newToken  whether the flow adds a new token
     * @param singleUse whether the token serves one request only
     * @return the redirect to EVE SSO
     */
    public Decision start(FlowContext context, ReturnTarget target, Set<String> scopes, boolean newToken,
            boolean singleUse) {
        String binding = SessionSecrets.binding(context.session(true));
        AuthorizationRequest request = sso.startAuthorization(scopes);
        store.save(new PendingFlow(request.state(), binding, request.codeVerifier(), target, scopes, newToken,
                singleUse, clock.instant()));
        return new Decision.Redirect(302, request.authorizeUrl().toString());
    }
}
