package dev.esi4j.sso;

import java.time.Clock;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.internal.sso.DefaultSsoClient;
import dev.esi4j.internal.sso.Retrier;

/**
 * Creates {@link SsoClient}s without CDI (Java SE, tests). In a CDI application inject {@code SsoClient} instead.
 *
 * <pre>
 * EsiConfig config = EsiConfig.builder()
 *         .set(EsiConfigKeys.SSO_CLIENT_ID, "my-client-id")
 *         .set(EsiConfigKeys.SSO_CLIENT_SECRET, "my-secret")
 *         .set(EsiConfigKeys.SSO_CALLBACK_URL, "https://app.example.com/sso/callback")
 *         .build();
 * SsoClient sso = SsoClients.create(config);
 * </pre>
 * Each client owns one HTTP client and its caches (SSO metadata, JWK set): create one per application and share it
 * (it is thread-safe).
 *
 * @since 0.1
 */
public final class SsoClients {

    private SsoClients() {
    }

    /**
     * @param config the validated configuration
     * @return a new client using the system clock
     */
    public static SsoClient create(EsiConfig config) {
        return create(config, Clock.systemUTC());
    }

    /**
     * @param config the validated configuration
     * @param clock  the clock for token expiry and caches (tests)
     * @return a new client
     */
    public static SsoClient create(EsiConfig config, Clock clock) {
        return new DefaultSsoClient(config, clock, Retrier.threadSleep());
    }
}
