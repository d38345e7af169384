package dev.esi4j.cdi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.sso.SsoClient;

@EnableWeld
class SsoClientProducerTest {

    /** Stands in for {@link EsiConfigProducer} (no MicroProfile Config in this container). */
    @ApplicationScoped
    static class TestConfig {
        @Produces
        EsiConfig config() {
            return EsiConfig.builder()
                    .set(EsiConfigKeys.SSO_CLIENT_ID, "client-0001")
                    .set(EsiConfigKeys.SSO_CLIENT_SECRET, "secret-0001")
                    .set(EsiConfigKeys.SSO_CALLBACK_URL, "https://app.test/sso/callback/")
                    .set(EsiConfigKeys.SSO_LOGIN_URL, "https://sso.test/v2/oauth/authorize")
                    .build();
        }
    }

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(SsoClientProducer.class, TestConfig.class).build();

    @Inject
    SsoClient sso;

    @Test
    @DisplayName("@Inject SsoClient gives one application-scoped client configured from EsiConfig")
    void inject_ssoClient_sharedAndConfigured() {
        SsoClient again = weld.select(SsoClient.class).get();

        assertThat(sso.startAuthorization(List.of("esi-skills.read_skills.v1")).authorizeUrl().toString())
                .startsWith("https://sso.test/v2/oauth/authorize?response_type=code&client_id=client-0001&");
        assertThat(again.toString()).isEqualTo(sso.toString()).contains("esi4j/");
        assertThat(weld.getBeanManager().getBeans(SsoClient.class)).singleElement()
                .satisfies(bean -> assertThat(bean.getScope()).isEqualTo(ApplicationScoped.class));
    }
}
