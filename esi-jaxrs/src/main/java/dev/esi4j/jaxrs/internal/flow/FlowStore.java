package dev.esi4j.jaxrs.internal.flow;

import java.util.Optional;

/** Port to the callback-redirect SPI: pending SSO flows. */
public interface FlowStore {

    /**
     * @param flow a new pending flow
     */
    void save(PendingFlow flow);

    /**
     * Single use: removes and returns the flow with this state and binding; finds nothing for another binding (and
     * leaves that flow in place) or a second time.
     *
     * @param state   the callback's state
     * @param binding the session binding key
     * @return the flow, empty when none matches
     */
    Optional<PendingFlow> consume(String state, String binding);
}
