package dev.esi4j.cdi;

import java.lang.System.Logger.Level;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.sso.SsoClient;
import dev.esi4j.token.CallbackRedirectStore;
import dev.esi4j.token.InMemoryCallbackRedirectStore;
import dev.esi4j.token.InMemoryTokenStore;
import dev.esi4j.token.TokenOwnerChangedEvent;
import dev.esi4j.token.TokenService;
import dev.esi4j.token.TokenStore;
import dev.esi4j.token.Tokens;

/**
 * Produces the {@link TokenService}, the root {@link Tokens} query and the default in-memory stores.
 *
 * <p>The in-memory stores are the fallback: esi-jpa's stores are enabled alternatives and replace them as soon as
 * its jar is deployed; an application replaces either with its own {@code @Alternative @Priority(APPLICATION)}
 * bean.
 */
@ApplicationScoped
public class TokenProducers {

    private static final System.Logger LOG = System.getLogger("dev.esi4j.token");

    @Produces
    @ApplicationScoped
    TokenService tokenService(TokenStore store, Instance<SsoClient> sso, EsiConfig config, Instance<Clock> clock,
            Event<TokenOwnerChangedEvent> ownerChanged) {
        Clock time = clock.isResolvable() ? clock.get() : Clock.systemUTC();
        return TokenService.builder().store(store).sso(sso::get).config(config).clock(time)
                .onOwnerChanged(ownerChanged::fire).build();
    }

    @Produces
    @Dependent
    Tokens tokens(TokenService service) {
        return service.tokens();
    }

    @Produces
    @ApplicationScoped
    TokenStore inMemoryTokenStore() {
        LOG.log(Level.INFO, "ESI04005: tokens are kept in memory (add esi-jpa or a TokenStore bean to persist them)");
        return new InMemoryTokenStore();
    }

    @Produces
    @ApplicationScoped
    CallbackRedirectStore inMemoryCallbackRedirectStore() {
        return new InMemoryCallbackRedirectStore();
    }
}
