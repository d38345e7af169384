package dev.esi4j.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import jakarta.enterprise.inject.spi.DeploymentException;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import io.smallrye.config.inject.ConfigExtension;

/** Component tests: the producer reads MicroProfile Config once; bad config fails the deployment. */
class EsiConfigProducerTest {

    static final Map<String, String> VALID = Map.of(
            EsiConfigKeys.SSO_CLIENT_ID, "cdi-client",
            EsiConfigKeys.SSO_CLIENT_SECRET, "cdi-secret",
            EsiConfigKeys.SSO_CALLBACK_URL, "https://app.example.test/sso/callback",
            EsiConfigKeys.APP_NAME, "CdiTest",
            EsiConfigKeys.REQUESTS_READ_TIMEOUT, "12s");

    static Weld weld() {
        return new Weld().disableDiscovery().addExtension(new ConfigExtension())
                .addExtension(new EsiConfigValidator()).addBeanClass(EsiConfigProducer.class);
    }

    @Test
    void validConfig_isInjectedAsOneImmutableInstance() {
        try (TestConfig ignored = TestConfig.of(VALID); WeldContainer container = weld().initialize()) {
            EsiConfig first = container.select(EsiConfig.class).get();
            EsiConfig second = container.select(EsiConfig.class).get();
            assertThat(first).isSameAs(second);
            assertThat(first.ssoClientId()).contains("cdi-client");
            assertThat(first.readTimeout()).hasSeconds(12);
            assertThat(first.toString()).doesNotContain("cdi-secret");
        }
    }

    @Test
    void badConfig_failsDeploymentWithOneMessagePerKey() {
        Map<String, String> bad = Map.of(
                EsiConfigKeys.SSO_CLIENT_SECRET, "cdi-secret",
                EsiConfigKeys.SSO_CALLBACK_URL, "not a url",
                EsiConfigKeys.APP_NAME, "Has Spaces");
        try (TestConfig ignored = TestConfig.of(bad)) {
            assertThatThrownBy(() -> weld().initialize().close())
                    .isInstanceOf(DeploymentException.class)
                    .hasStackTraceContaining("esi.sso.client-id (env ESI_SSO_CLIENT_ID) is missing")
                    .hasStackTraceContaining("esi.sso.callback-url (env ESI_SSO_CALLBACK_URL) = 'not a url'")
                    .hasStackTraceContaining("esi.app.name (env ESI_APP_NAME) = 'Has Spaces' must not contain spaces");
        }
    }

    @Test
    void devMode_deploysWithoutCredentials() {
        try (TestConfig ignored = TestConfig.of(Map.of(EsiConfigKeys.DEV_MODE, "true"));
                WeldContainer container = weld().initialize()) {
            EsiConfig config = container.select(EsiConfig.class).get();
            assertThat(config.devMode()).isTrue();
            assertThat(config.warnings()).isNotEmpty();
        }
    }
}
