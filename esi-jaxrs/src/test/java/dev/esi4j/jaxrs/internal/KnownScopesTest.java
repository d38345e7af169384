package dev.esi4j.jaxrs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.Test;

/** The known-scope list equals the scopes of the bundled ESI spec (the simulator serves the same file). */
class KnownScopesTest {

    @Test
    void knownScopes_equalBundledSpecScopesPlusPublicData() throws Exception {
        JsonObject scopes;
        try (InputStream in = getClass().getResourceAsStream("/dev/esi4j/simulator/esi-openapi-3.1-2025-12-16.json");
                JsonReader reader = Json.createReader(in)) {
            scopes = reader.readObject().getJsonObject("components").getJsonObject("securitySchemes")
                    .getJsonObject("OAuth2").getJsonObject("flows").getJsonObject("authorizationCode")
                    .getJsonObject("scopes");
        }
        assertThat(scopes).hasSizeGreaterThan(50);
        assertThat(KnownScopes.names()).containsAll(scopes.keySet()).contains("publicData")
                .hasSize(scopes.size() + 1);
        assertThat(KnownScopes.unknown(Set.of("esi-skills.read_skills.v1", "esi-made-up.read_things.v1")))
                .containsExactly("esi-made-up.read_things.v1");
    }
}
