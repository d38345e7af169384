package dev.esi4j.token;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.internal.token.DefaultTokenService;
import dev.esi4j.sso.SsoClient;

/**
 * Builds a {@link TokenService} without CDI (Java SE, tests).
 * <pre>
 * TokenService service = TokenService.builder()
 *         .store(new InMemoryTokenStore())
 *         .sso(ssoClient)
 *         .config(esiConfig)
 *         .build();
 * </pre>
 *
 * @since 0.1
 */
public final class TokenServiceBuilder {

    private TokenStore store;
    private Supplier<SsoClient> sso;
    private EsiConfig config;
    private Clock clock = Clock.systemUTC();
    private Consumer<TokenOwnerChangedEvent> ownerChanged = event -> { };

    TokenServiceBuilder() {
    }

    /** @param tokenStore where tokens live @return this builder */
    public TokenServiceBuilder store(TokenStore tokenStore) {
        this.store = tokenStore;
        return this;
    }

    /** @param client the SSO client used to refresh and revoke @return this builder */
    public TokenServiceBuilder sso(SsoClient client) {
        Objects.requireNonNull(client, "client");
        this.sso = () -> client;
        return this;
    }

    /** @param client looks up the SSO client on first use @return this builder */
    public TokenServiceBuilder sso(Supplier<SsoClient> client) {
        this.sso = client;
        return this;
    }

    /** @param esiConfig refresh margin, encryption keys, always-create and revoke settings @return this builder */
    public TokenServiceBuilder config(EsiConfig esiConfig) {
        this.config = esiConfig;
        return this;
    }

    /** @param time clock for expiry decisions (default: system UTC) @return this builder */
    public TokenServiceBuilder clock(Clock time) {
        this.clock = time;
        return this;
    }

    /** @param listener receives {@link TokenOwnerChangedEvent}s @return this builder */
    public TokenServiceBuilder onOwnerChanged(Consumer<TokenOwnerChangedEvent> listener) {
        this.ownerChanged = listener;
        return this;
    }

    /** @return the service @throws NullPointerException when store, sso or config is missing */
    public TokenService build() {
        return new DefaultTokenService(Objects.requireNonNull(store, "store"), Objects.requireNonNull(sso, "sso"),
                Objects.requireNonNull(config, "config"), clock, ownerChanged);
    }
}
