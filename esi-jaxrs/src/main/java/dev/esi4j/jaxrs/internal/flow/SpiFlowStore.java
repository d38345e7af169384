package dev.esi4j.jaxrs.internal.flow;

import java.util.Optional;

import dev.esi4j.jaxrs.internal.web.ReturnTarget;
import dev.esi4j.token.CallbackRedirect;
import dev.esi4j.token.CallbackRedirectStore;

/**
 * {@link FlowStore} over the SPI's {@link CallbackRedirectStore}. The store's {@code sessionId} holds the session
 * binding key (which survives the session-id renewal), not the servlet session id.
 */
public final class SpiFlowStore implements FlowStore {

    private final CallbackRedirectStore store;

    /**
     * @param store the callback-redirect store (in memory, JPA, or the application's)
     */
    public SpiFlowStore(CallbackRedirectStore store) {
        this.store = store;
    }

    @Override
    public void save(PendingFlow flow) {
        ReturnTarget target = flow.target();
        store.save(new CallbackRedirect(flow.state(), flow.binding(), flow.codeVerifier(), target.method(),
                target.path(), target.query(), flow.scopes(), flow.newToken(), flow.singleUse(), flow.createdAt()));
    }

    @Override
    public Optional<PendingFlow> consume(String state, String binding) {
        return store.consumeByStateAndSessionId(state, binding).flatMap(SpiFlowStore::toFlow);
    }

    private static Optional<PendingFlow> toFlow(CallbackRedirect r) {
        String location = r.query() == null ? r.path() : r.path() + "?" + r.query();
        return ReturnTarget.local(r.method(), location).map(target -> new PendingFlow(r.state(), r.sessionId(),
                r.codeVerifier(), target, r.scopes(), r.newToken(), r.singleUse(), r.createdAt()));
    }
}
