package dev.esi4j.demo.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DemoLauncherTest {

    @AfterEach
    void clearOverrides() {
        System.clearProperty("esi.api.url");
        System.clearProperty("esi.sso.client-id");
    }

    @Test
    void ports_areReflectedInTheServerConfiguration() {
        Map<String, String> props = DemoLauncher.serverProperties(9080, 9090, Map.of());

        assertThat(props).containsEntry("esi.api.url", "http://localhost:9090")
                .containsEntry("esi.sso.base-url", "http://localhost:9090")
                .containsEntry("esi.sso.callback-url", "http://localhost:9080/sso/callback")
                .containsEntry("esi.sso.client-id", "esi4j-demo");
    }

    @Test
    void esiSystemProperties_overrideTheDefaultsAndArePassedOn() {
        System.setProperty("esi.api.url", "https://esi.evetech.net");
        System.setProperty("esi.sso.client-id", "my-app");

        Map<String, String> props = DemoLauncher.serverProperties(8080, 8090, Map.of());

        assertThat(props).containsEntry("esi.api.url", "https://esi.evetech.net")
                .containsEntry("esi.sso.client-id", "my-app")
                .containsEntry("esi.sso.base-url", "http://localhost:8090");
    }

    @Test
    void keysSetAsEnvironmentVariables_getNoDefault() {
        Map<String, String> env = Map.of("ESI_SSO_CLIENT_ID", "real-id", "ESI_API_URL", "https://esi.evetech.net");
        Map<String, String> props = DemoLauncher.serverProperties(8080, 8090, env);

        assertThat(props).doesNotContainKeys("esi.sso.client-id", "esi.api.url")
                .containsEntry("esi.sso.client-secret", "esi4j-demo-secret");
        assertThat(DemoLauncher.effective(props, env, "esi.sso.client-id")).isEqualTo("real-id");
        assertThat(DemoLauncher.effective(props, env, "esi.sso.client-secret")).isEqualTo("esi4j-demo-secret");
        assertThat(DemoLauncher.environmentName("esi.sso.callback-url")).isEqualTo("ESI_SSO_CALLBACK_URL");
    }

    @Test
    void failedDeploymentInTheLog_givesEachConfigurationProblemOnce() {
        List<String> log = List.of("[INFO] starting",
                "  Exception while loading the app : CDI deployment failure:Invalid esi4j configuration:",
                " - esi.api.url (env ESI_API_URL) = 'x' is not a valid URL",
                " - esi.app.name (env ESI_APP_NAME) = 'My App' must not contain spaces -- Invalid esi4j configuration:",
                " - esi.api.url (env ESI_API_URL) = 'x' is not a valid URL]]");

        assertThat(PayaraMicroProcess.deploymentErrors(log)).containsExactly(
                "- esi.api.url (env ESI_API_URL) = 'x' is not a valid URL",
                "- esi.app.name (env ESI_APP_NAME) = 'My App' must not contain spaces");
        assertThat(PayaraMicroProcess.deploymentErrors(List.of("[INFO] deployed", " - esi.x (env ESI_X) fine")))
                .isEmpty();
    }
}
