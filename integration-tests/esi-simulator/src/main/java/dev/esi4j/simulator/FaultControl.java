package dev.esi4j.simulator;

/**
 * Installs faults. The target is an ESI operation id ({@code GetStatus}), a spec path
 * ({@code /characters/{character_id}/assets}), a concrete path ({@code /markets/10000002/orders},
 * {@code /v2/oauth/token}, {@code /oauth/jwks}), a prefix ending in {@code *} ({@code /v2/oauth/*}),
 * or {@code *} for every request.
 *
 * <pre>{@code
 * sim.faults().on("GetStatus").times(1).inject(Fault.status(502));
 * sim.faults().on("/v2/oauth/token").inject(Fault.connectionReset());
 * }</pre>
 */
public interface FaultControl {

    /** @return a rule for requests hitting the target; finish it with {@link FaultRule#inject(Fault)} */
    FaultRule on(String target);

    /** Removes every installed fault. */
    void clear();
}
