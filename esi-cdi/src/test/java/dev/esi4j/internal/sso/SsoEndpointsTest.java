package dev.esi4j.internal.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.sso.SsoConfigurationException;
import dev.esi4j.sso.SsoUnavailableException;

class SsoEndpointsTest extends StubSsoTestBase {

    private static final String METADATA = "/.well-known/oauth-authorization-server";

    @Test
    @DisplayName("MISSION 2.3: endpoints come from the metadata document, fetched once and cached")
    void endpoints_fromMetadata_cached() {
        answerTokens(at(), "RT-2");

        assertThat(client.startAuthorization(List.of()).authorizeUrl().toString())
                .startsWith(sso.base() + "/v2/oauth/authorize?");
        client.refresh("RT-1");
        client.revoke("RT-2");

        assertThat(sso.requests(METADATA)).hasSize(1);
        assertThat(sso.requests(METADATA).get(0).header("User-Agent")).startsWith("TestApp/1.2.3");
        assertThat(sso.requests("/v2/oauth/token")).hasSize(1);
        assertThat(sso.requests("/oauth/jwks")).hasSize(1);
    }

    @Test
    @DisplayName("the metadata is fetched again after esi.sso.metadata-cache-duration")
    void endpoints_cacheDurationOver_refetched() {
        newClient(TestSupport.config(sso.base()).set(EsiConfigKeys.SSO_METADATA_CACHE_DURATION, "10m").build());
        client.startAuthorization(List.of());
        clock.advance(Duration.ofMinutes(9));
        client.startAuthorization(List.of());
        assertThat(sso.requests(METADATA)).hasSize(1);

        clock.advance(Duration.ofMinutes(2));
        client.startAuthorization(List.of());
        assertThat(sso.requests(METADATA)).hasSize(2);
    }

    @Test
    @DisplayName("a failed metadata refetch keeps the last good copy and retries a minute later")
    void endpoints_refetchFails_lastCopyKept() {
        client.startAuthorization(List.of());
        sso.route(METADATA, r -> StubSso.Answer.json(503, "{}"));
        clock.advance(Duration.ofHours(2));

        assertThat(client.startAuthorization(List.of()).authorizeUrl().getPath()).isEqualTo("/v2/oauth/authorize");
        client.startAuthorization(List.of());
        assertThat(sso.requests(METADATA)).hasSize(2);

        clock.advance(Duration.ofSeconds(61));
        client.startAuthorization(List.of());
        assertThat(sso.requests(METADATA)).hasSize(3);
    }

    @Test
    @DisplayName("every endpoint can be overridden; with all overrides the metadata is never fetched")
    void endpoints_allOverridden_noMetadataRequest() {
        sso.route(METADATA, r -> StubSso.Answer.json(500, "{}"));
        newClient(TestSupport.config(sso.base())
                .set(EsiConfigKeys.SSO_LOGIN_URL, sso.url("/custom/authorize").toString())
                .set(EsiConfigKeys.CODE_EXCHANGE_URL, sso.url("/v2/oauth/token").toString())
                .set(EsiConfigKeys.TOKEN_JWK_SET_URL, sso.url("/oauth/jwks").toString())
                .set(EsiConfigKeys.SSO_REVOKE_URL, sso.url("/v2/oauth/revoke").toString()).build());
        answerTokens(at(), "RT-2");

        assertThat(client.startAuthorization(List.of()).authorizeUrl().getPath()).isEqualTo("/custom/authorize");
        client.refresh("RT-1");
        client.revoke("RT-2");

        assertThat(sso.requests(METADATA)).isEmpty();
    }

    @Test
    @DisplayName("metadata unreachable without overrides: transient error naming the override keys")
    void endpoints_metadataUnreachable_clearError() {
        sso.route(METADATA, r -> StubSso.Answer.text(502, "text/html", "<html>bad gateway</html>"));

        assertThatThrownBy(() -> client.startAuthorization(List.of())).isInstanceOf(SsoUnavailableException.class)
                .hasMessageContaining(EsiConfigKeys.SSO_LOGIN_URL).hasMessageContaining(EsiConfigKeys.CODE_EXCHANGE_URL)
                .hasMessageContaining(sso.base().toString());
    }

    @Test
    @DisplayName("metadata answering 404 or junk is a configuration error naming the metadata keys")
    void endpoints_metadataMissing_configurationError() {
        sso.route(METADATA, r -> StubSso.Answer.text(404, "text/html", "<html>not found</html>"));

        assertThatThrownBy(() -> client.startAuthorization(List.of())).isInstanceOf(SsoConfigurationException.class)
                .hasMessageContaining(EsiConfigKeys.SSO_METADATA_URL);
    }

    @Test
    @DisplayName("metadata without a revocation endpoint: revoking names esi.sso.revoke-url")
    void endpoints_memberMissing_namesOverrideKey() {
        sso.route(METADATA, r -> StubSso.Answer.json(200, sso.metadataJson()
                .replaceAll(",\"revocation_endpoint\":\"[^\"]*\"", "")));

        assertThatThrownBy(() -> client.revoke("RT-1")).isInstanceOf(SsoConfigurationException.class)
                .hasMessageContaining(EsiConfigKeys.SSO_REVOKE_URL);
    }

    @Test
    @DisplayName("CCP's metadata document is read: every endpoint found")
    void endpoints_ccpDocument_parsed() {
        sso.route(METADATA, r -> StubSso.Answer.json(200, TestKeys.resource("sso-oauth-authorization-server.json")));
        newClient(TestSupport.config(sso.base()).set(EsiConfigKeys.SSO_METADATA_URL, sso.url(METADATA).toString())
                .build());

        assertThat(client.startAuthorization(List.of()).authorizeUrl().toString())
                .startsWith("https://login.eveonline.com/v2/oauth/authorize?");
    }

    @Test
    @DisplayName("an answer over 1 MiB is cut off and reported, not buffered")
    void endpoints_oversizedAnswer_rejected() {
        sso.route(METADATA, r -> StubSso.Answer.json(200, "{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}"));

        assertThatThrownBy(() -> client.startAuthorization(List.of())).isInstanceOf(SsoUnavailableException.class)
                .hasMessageContaining("Oversized").hasCauseInstanceOf(BoundedBody.Oversized.class);
    }
}
