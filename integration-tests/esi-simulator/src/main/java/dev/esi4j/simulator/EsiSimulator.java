package dev.esi4j.simulator;

import dev.esi4j.simulator.internal.SimSettings;
import dev.esi4j.simulator.internal.SimulatorCore;
import java.net.URI;

/**
 * A running ESI and EVE SSO simulator on one local port: ESI operations of the spec under their paths
 * (also the legacy {@code /latest/...}, {@code /v1/...} forms), and the SSO at
 * {@code /.well-known/oauth-authorization-server}, {@code /v2/oauth/authorize}, {@code /v2/oauth/token},
 * {@code /oauth/jwks}, {@code /v2/oauth/revoke}, {@code /v2/oauth/verify}.
 *
 * <pre>{@code
 * try (EsiSimulator sim = EsiSimulator.builder().seed(42).start()) {
 *     HttpResponse<String> r = http.send(HttpRequest.newBuilder(sim.uri("/status"))
 *             .header("X-Compatibility-Date", "2025-12-16").build(), BodyHandlers.ofString());
 *     sim.faults().on("GetStatus").times(1).inject(Fault.status(503));
 *     assertThat(sim.journal().count("GetStatus")).isEqualTo(1);
 * }
 * }</pre>
 */
public final class EsiSimulator implements AutoCloseable {

    private final SimulatorCore core;

    EsiSimulator(SimSettings settings) {
        this.core = new SimulatorCore(settings);
        core.start();
    }

    /** @return a builder with the defaults (free loopback port, bundled 2025-12-16 spec, two characters) */
    public static EsiSimulatorBuilder builder() {
        return new EsiSimulatorBuilder();
    }

    /** @return {@code http://127.0.0.1:PORT} (no trailing slash); ESI and SSO base alike */
    public String baseUrl() {
        return core.baseUrl();
    }

    /** @return {@link #baseUrl()} as a URI */
    public URI baseUri() {
        return URI.create(core.baseUrl());
    }

    /** @return the absolute URI of a path such as {@code /status} */
    public URI uri(String path) {
        return URI.create(core.baseUrl() + (path.startsWith("/") ? path : "/" + path));
    }

    /** @return the bound port */
    public int port() {
        return core.port();
    }

    /** @return fault injection */
    public FaultControl faults() {
        return core.faults();
    }

    /** @return the request journal */
    public Journal journal() {
        return core.journal();
    }

    /** @return SSO test hooks (auto-approve, tokens, key rotation, owner change) */
    public SsoControl sso() {
        return core.sso();
    }

    /** @return ESI test hooks (paging, snapshots, fixtures, limits) */
    public EsiControl esi() {
        return core.esi();
    }

    /** @return TCP connection counts since start or the last {@link #reset()} */
    public ConnectionStats connections() {
        return core.connections();
    }

    /**
     * Back to the configured state (the JUnit extension calls it before each test): no faults, empty
     * journal, full error and rate budgets, auto-approve off, the configured characters, page sizes
     * and fixtures, no snapshots. Signing keys and issued refresh tokens stay.
     */
    public void reset() {
        core.reset();
    }

    /** Stops the server. */
    @Override
    public void close() {
        core.stop();
    }
}
