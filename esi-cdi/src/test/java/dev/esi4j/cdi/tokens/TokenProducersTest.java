package dev.esi4j.cdi.tokens;

import static dev.esi4j.token.testing.TokenFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.cdi.TokenProducers;
import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.sso.SsoClient;
import dev.esi4j.token.CallbackRedirectStore;
import dev.esi4j.token.InMemoryTokenStore;
import dev.esi4j.token.Token;
import dev.esi4j.token.TokenInvalidException;
import dev.esi4j.token.TokenOwnerChangedEvent;
import dev.esi4j.token.TokenService;
import dev.esi4j.token.TokenStore;
import dev.esi4j.token.Tokens;
import dev.esi4j.token.testing.FakeSso;
import dev.esi4j.token.testing.TokenFixtures.MutableClock;

/** Component test: the token beans in a small CDI container. */
class TokenProducersTest {

    static final FakeSso SSO = new FakeSso();

    @ApplicationScoped
    static class Seams {
        @Produces
        EsiConfig config() {
            return EsiConfig.builder().set(EsiConfigKeys.SSO_CLIENT_ID, "client-0001")
                    .set(EsiConfigKeys.SSO_CLIENT_SECRET, "secret-0001")
                    .set(EsiConfigKeys.SSO_CALLBACK_URL, "https://app.test/sso/callback/").build();
        }

        @Produces
        SsoClient sso() {
            return SSO;
        }

        @Produces
        Clock clock() {
            return new MutableClock(T0);
        }
    }

    @ApplicationScoped
    static class Transfers {
        final List<TokenOwnerChangedEvent> seen = new CopyOnWriteArrayList<>();

        void on(@Observes TokenOwnerChangedEvent event) {
            seen.add(event);
        }

        List<TokenOwnerChangedEvent> seen() {
            return seen;
        }
    }

    /** An application's own store replaces the in-memory default. */
    @Alternative
    @Priority(Interceptor.Priority.APPLICATION)
    @ApplicationScoped
    static class AppStore extends InMemoryTokenStore {
    }

    private static Weld weld(Class<?>... extra) {
        return new Weld().disableDiscovery().addBeanClasses(TokenProducers.class, Seams.class, Transfers.class)
                .addBeanClasses(extra);
    }

    @Test
    @DisplayName("B16 in CDI: an owner change on refresh fires TokenOwnerChangedEvent to observers")
    void ownerChange_firesCdiEvent() {
        try (WeldContainer container = weld().initialize()) {
            TokenService service = container.select(TokenService.class).get();
            Token token = service.saveLogin(sso("AT-0", "RT-1", CHAR_A, OWNER_A, T0.minusSeconds(5), A), U1);
            SSO.answer("RT-1", sso("AT-1", "RT-2", CHAR_A, OWNER_B, T0.plusSeconds(1199), A));
            assertThatThrownBy(token::validAccessToken).isInstanceOf(TokenInvalidException.class);
            assertThat(container.select(Transfers.class).get().seen()).singleElement()
                    .extracting(TokenOwnerChangedEvent::owner).isEqualTo(U1);
        }
    }

    @Test
    @DisplayName("Injectable Tokens query and in-memory default stores")
    void tokensAndDefaultStores_injectable() {
        try (WeldContainer container = weld().initialize()) {
            TokenService service = container.select(TokenService.class).get();
            service.saveLogin(sso("AT-1", "RT-1", CHAR_A, OWNER_A, T0.plusSeconds(600), A, B), U1);
            Tokens tokens = container.select(Tokens.class).get();
            assertThat(tokens.forOwner(U1).requireScopes(A).requireValid()).hasSize(1);
            assertThat(container.select(CallbackRedirectStore.class).get().count()).isZero();
            assertThat(container.select(TokenStore.class).get().countBy(tokens.criteria())).isEqualTo(1);
        }
    }

    @Test
    @DisplayName("An enabled alternative TokenStore replaces the in-memory default")
    void alternativeStore_replacesDefault() {
        try (WeldContainer container = weld(AppStore.class).initialize()) {
            TokenStore store = container.select(TokenStore.class).get();
            assertThat(store).isInstanceOf(AppStore.class);
            container.select(TokenService.class).get()
                    .saveLogin(sso("AT-1", "RT-1", CHAR_A, OWNER_A, T0.plusSeconds(600), A), U1);
            assertThat(container.select(AppStore.class).get().findAllScopes()).hasSize(1);
        }
    }
}
