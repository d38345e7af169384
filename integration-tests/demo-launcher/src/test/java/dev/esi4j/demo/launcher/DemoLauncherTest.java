package dev.esi4j.demo.launcher;

import static org.assertj.core.api.Assertions.assertThat;

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
        Map<String, String> props = DemoLauncher.serverProperties(9080, 9090);

        assertThat(props).containsEntry("esi.api.url", "http://localhost:9090")
                .containsEntry("esi.sso.base-url", "http://localhost:9090")
                .containsEntry("esi.sso.callback-url", "http://localhost:9080/sso/callback")
                .containsEntry("esi.sso.client-id", "esi4j-demo");
    }

    @Test
    void esiSystemProperties_overrideTheDefaultsAndArePassedOn() {
        System.setProperty("esi.api.url", "https://esi.evetech.net");
        System.setProperty("esi.sso.client-id", "my-app");

        Map<String, String> props = DemoLauncher.serverProperties(8080, 8090);

        assertThat(props).containsEntry("esi.api.url", "https://esi.evetech.net")
                .containsEntry("esi.sso.client-id", "my-app")
                .containsEntry("esi.sso.base-url", "http://localhost:8090");
    }
}
