package dev.esi4j;

import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.internal.client.ClientAssembly;

/**
 * Builds an {@link EsiClient} without CDI, or an extra, differently configured client inside CDI.
 *
 * <pre>
 * try (EsiClient esi = EsiClient.builder()
 *         .config(EsiConfig.builder().set(EsiConfigKeys.APP_NAME, "MyApp").build())
 *         .build()) {
 *     JsonValue status = esi.operation("GetStatus").result();
 * }
 * </pre>
 * The client owns one connection pool and its threads; close it when done.
 *
 * @since 0.1
 */
public final class EsiClientBuilder {

    private final ClientAssembly assembly = new ClientAssembly();

    EsiClientBuilder() {
    }

    /**
     * @param config the configuration (default: all defaults)
     * @return this builder
     */
    public EsiClientBuilder config(EsiConfig config) {
        assembly.config(config);
        return this;
    }

    /**
     * @param clock clock for cache expiry and limits (tests)
     * @return this builder
     */
    public EsiClientBuilder clock(Clock clock) {
        assembly.clock(clock);
        return this;
    }

    /**
     * @param executor executor for async calls and concurrent page fetching (e.g. a managed executor); not shut
     *                 down by the client
     * @return this builder
     */
    public EsiClientBuilder executor(ExecutorService executor) {
        assembly.executor(executor);
        return this;
    }

    /**
     * @param listener receives one {@link EsiCallEvent} per HTTP exchange or cache hit
     * @return this builder
     */
    public EsiClientBuilder onCall(Consumer<EsiCallEvent> listener) {
        assembly.listener(listener);
        return this;
    }

    /**
     * @return the client
     * @throws EsiSpecException   when the spec cannot be loaded or does not fit the configuration
     */
    public EsiClient build() {
        return assembly.build();
    }
}
