package dev.esi4j.jpa.cdi;

import static dev.esi4j.token.testing.TokenFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.cdi.TokenProducers;
import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.jpa.JpaCallbackRedirectStore;
import dev.esi4j.jpa.JpaTokenStore;
import dev.esi4j.jpa.testing.TestDatabase;
import dev.esi4j.sso.SsoClient;
import dev.esi4j.token.CallbackRedirect;
import dev.esi4j.token.CallbackRedirectStore;
import dev.esi4j.token.TokenService;
import dev.esi4j.token.TokenStore;
import dev.esi4j.token.testing.FakeSso;
import dev.esi4j.token.testing.TokenFixtures.MutableClock;

/** Component test: with esi-jpa deployed, the JPA stores replace the in-memory defaults and use the app's EM. */
class JpaStoresCdiTest {

    static TestDatabase db;

    @BeforeAll
    static void createSchema() {
        db = TestDatabase.create(TestDatabase.Kind.H2);
    }

    @AfterAll
    static void dropSchema() {
        db.close();
    }

    /** What an application provides: its EntityManager (here resource-local), config and SSO client. */
    @ApplicationScoped
    static class AppSeams {
        @Produces
        @ApplicationScoped
        EntityManager entityManager() {
            return db.emf().createEntityManager();
        }

        void close(@Disposes EntityManager em) {
            em.close();
        }

        @Produces
        EsiConfig config() {
            return EsiConfig.builder().set(EsiConfigKeys.SSO_CLIENT_ID, "client-0001")
                    .set(EsiConfigKeys.SSO_CLIENT_SECRET, "secret-0001")
                    .set(EsiConfigKeys.SSO_CALLBACK_URL, "https://app.test/sso/callback/").build();
        }

        @Produces
        SsoClient sso() {
            return new FakeSso();
        }

        @Produces
        Clock clock() {
            return new MutableClock(T0);
        }
    }

    @Test
    @DisplayName("JpaTokenStore and JpaCallbackRedirectStore are selected over the in-memory defaults")
    void jpaStores_replaceInMemoryDefaults() {
        try (WeldContainer container = new Weld().disableDiscovery().addBeanClasses(TokenProducers.class,
                AppSeams.class, JpaTokenStore.class, JpaCallbackRedirectStore.class).initialize()) {
            db.clean();
            assertThat(container.select(TokenStore.class).get().getClass().getName()).contains("JpaTokenStore");
            TokenService service = container.select(TokenService.class).get();
            service.saveLogin(sso("AT-1", "RT-1", CHAR_A, OWNER_A, T0.plusSeconds(1199), A, B), U1);
            assertThat(JpaTokenStore.create(db.emf()).findAllScopes()).hasSize(2);
            assertThat(service.tokens().forOwner(U1).requireScopes(B).requireValid()).hasSize(1);

            CallbackRedirectStore redirects = container.select(CallbackRedirectStore.class).get();
            redirects.save(new CallbackRedirect("ST-1", "S1", null, "GET", "/x", null, Set.of(A), false, false, T0));
            assertThat(JpaCallbackRedirectStore.create(db.emf()).findOptionalByState("ST-1")).isPresent();
        }
    }
}
