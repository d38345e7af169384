package dev.esi4j.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;

class DemoConfigTest {

    private static Map<String, String> bundledProperties() throws IOException {
        Properties props = new Properties();
        try (InputStream in = DemoConfigTest.class.getResourceAsStream("/META-INF/microprofile-config.properties")) {
            props.load(in);
        }
        Map<String, String> map = new HashMap<>();
        props.stringPropertyNames().forEach(k -> map.put(k, props.getProperty(k)));
        return map;
    }

    @Test
    void bundledConfiguration_isValidWithoutWarnings() throws IOException {
        EsiConfig config = EsiConfig.builder().setAll(bundledProperties()).build();

        assertThat(config.warnings()).isEmpty();
        assertThat(config.devMode()).isFalse();
        assertThat(config.apiUrl().getHost()).isEqualTo("localhost");
        assertThat(config.ssoBaseUrl().getHost()).isEqualTo("localhost");
    }

    @Test
    void configPage_showsEveryKeyOfTheRedactedDescription() throws IOException {
        EsiConfig config = EsiConfig.builder().setAll(bundledProperties()).build();

        List<String[]> entries = ConfigResource.entries(config.toString());

        assertThat(entries).extracting(e -> e[0])
                .contains(EsiConfigKeys.SSO_CLIENT_ID, EsiConfigKeys.SSO_CLIENT_SECRET, EsiConfigKeys.LANGUAGES)
                .allMatch(k -> k.startsWith("esi."));
        assertThat(entries).filteredOn(e -> e[0].equals(EsiConfigKeys.SSO_CLIENT_SECRET))
                .singleElement().satisfies(e -> assertThat(e[1]).isEqualTo("***"));
        assertThat(entries).noneMatch(e -> e[1].contains("esi4j-demo-secret"));
    }

    @Test
    void emptyDescription_hasNoEntries() {
        assertThat(ConfigResource.entries("EsiConfig[]")).isEmpty();
    }
}
