package dev.esi4j.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.simulator.EsiSimulator;
import dev.esi4j.simulator.EsiSimulatorExtension;
import dev.esi4j.simulator.Fault;
import dev.esi4j.simulator.RecordedRequest;
import dev.esi4j.simulator.SimCharacter;
import dev.esi4j.token.Token;

/** End to end against the ESI/SSO simulator: the public {@link SsoClient} as an application gets it. */
class SsoClientSimulatorIT {

    static final String CALLBACK = "https://app.test/sso/callback/";
    static final String SKILLS = "esi-skills.read_skills.v1";
    static final String WALLET = "esi-wallet.read_character_wallet.v1";
    static final long ALPHA = SimCharacter.PILOT_ALPHA.id();

    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension(EsiSimulator.builder()
            .client("client-0001", "secret-0001").client("public-0001", null).callbackUrl(CALLBACK));

    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private SsoClient sso;

    static EsiConfig.Builder config(EsiSimulator sim) {
        return EsiConfig.builder()
                .set(EsiConfigKeys.SSO_CLIENT_ID, "client-0001")
                .set(EsiConfigKeys.SSO_CLIENT_SECRET, "secret-0001")
                .set(EsiConfigKeys.SSO_CALLBACK_URL, CALLBACK)
                .set(EsiConfigKeys.SSO_BASE_URL, sim.baseUrl())
                .set(EsiConfigKeys.APP_NAME, "TestApp")
                .set(EsiConfigKeys.APP_VERSION, "1.2.3")
                .set(EsiConfigKeys.USER_CONTACT_EMAIL, "ops@example.test")
                .set(EsiConfigKeys.REQUESTS_READ_TIMEOUT, "15s");
    }

    private SsoClient client(EsiConfig config) {
        close();
        sso = SsoClients.create(config);
        return sso;
    }

    @AfterEach
    void close() {
        if (sso instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Steps 2-4 of the flow: the browser follows the authorize URL; the simulator approves at once. */
    private Map<String, String> approve(EsiSimulator sim, AuthorizationRequest request) throws Exception {
        sim.sso().autoApprove(ALPHA);
        HttpResponse<String> redirect = browser.send(HttpRequest.newBuilder(request.authorizeUrl()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        URI location = URI.create(redirect.headers().firstValue("Location").orElseThrow());
        assertThat(location.toString()).startsWith(CALLBACK + "?");
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : location.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    private SsoTokens login(EsiSimulator sim, String... scopes) throws Exception {
        AuthorizationRequest request = sso.startAuthorization(List.of(scopes));
        Map<String, String> callback = approve(sim, request);
        assertThat(SsoState.from(callback.get("state"))).contains(SsoState.from(request.state()).orElseThrow());
        return sso.exchangeCode(callback.get("code"), request.codeVerifier());
    }

    @Test
    @DisplayName("B17/B20/B48: full login with state, PKCE S256 and the exact redirect_uri; claims of Pilot Alpha")
    void login_confidentialClient_validatedTokens(EsiSimulator sim) throws Exception {
        client(config(sim).build());

        SsoTokens tokens = login(sim, SKILLS + " " + WALLET);

        assertThat(tokens.claims().characterId()).isEqualTo(ALPHA);
        assertThat(tokens.claims().characterName()).isEqualTo("Pilot Alpha");
        assertThat(tokens.claims().ownerHash()).isEqualTo("OWNER-A");
        assertThat(tokens.claims().tokenType()).isEqualTo(Token.TokenType.CHARACTER);
        assertThat(tokens.claims().scopes()).containsExactlyInAnyOrder(SKILLS, WALLET);
        assertThat(tokens.refreshToken()).isNotBlank();
        assertThat(sim.journal().count("/v2/oauth/token")).isEqualTo(1);
        assertThat(sim.journal().matching(r -> !r.path().equals("/v2/oauth/authorize")))
                .isNotEmpty().allSatisfy(r -> assertThat(r.header("User-Agent"))
                        .startsWith("TestApp/1.2.3 (ops@example.test) esi4j/"));
    }

    @Test
    @DisplayName("B15/B22: a single scope given as a string arrives as one scope (simulator sends scp as a string)")
    void login_singleScope_oneScope(EsiSimulator sim) throws Exception {
        client(config(sim).build());

        assertThat(login(sim, SKILLS).claims().scopes()).containsExactly(SKILLS);
    }

    @Test
    @DisplayName("public client: PKCE verifier and client_id, no secret")
    void login_publicClient_works(EsiSimulator sim) throws Exception {
        client(config(sim).set(EsiConfigKeys.SSO_CLIENT_ID, "public-0001").set(EsiConfigKeys.SSO_CLIENT_SECRET, null)
                .set(EsiConfigKeys.SSO_PUBLIC_CLIENT, "true").build());

        SsoTokens tokens = login(sim, SKILLS);

        assertThat(tokens.claims().authorizedParty()).isEqualTo("public-0001");
        RecordedRequest post = sim.journal().requests("/v2/oauth/token").get(0);
        assertThat(post.header("Authorization")).isNull();
        assertThat(sso.refresh(tokens.refreshToken()).claims().characterId()).isEqualTo(ALPHA);
    }

    @Test
    @DisplayName("PKCE: a wrong verifier is refused as invalid_grant; the exchange is not retried")
    void exchange_wrongVerifier_invalidGrant(EsiSimulator sim) throws Exception {
        client(config(sim).build());
        AuthorizationRequest request = sso.startAuthorization(List.of(SKILLS));
        Map<String, String> callback = approve(sim, request);

        assertThatThrownBy(() -> sso.exchangeCode(callback.get("code"), request.codeVerifier() + "x"))
                .isInstanceOf(InvalidGrantException.class);
        assertThat(sim.journal().count("/v2/oauth/token")).isEqualTo(1);
    }

    @Test
    @DisplayName("B01/B07: refresh rotates; the spent refresh token is then invalid_grant")
    void refresh_rotation_oldTokenRefused(EsiSimulator sim) throws Exception {
        client(config(sim).build());
        SsoTokens first = login(sim, SKILLS);

        SsoTokens second = sso.refresh(first.refreshToken());

        assertThat(second.refreshToken()).isNotBlank().isNotEqualTo(first.refreshToken());
        assertThatThrownBy(() -> sso.refresh(first.refreshToken())).isInstanceOf(InvalidGrantException.class);
        assertThat(sso.refresh(second.refreshToken()).claims().characterId()).isEqualTo(ALPHA);
    }

    @Test
    @DisplayName("B16a/B02: owner change shows in the refreshed claims; revoked grants give invalid_grant")
    void refresh_ownerChangeAndRevokedGrants(EsiSimulator sim) throws Exception {
        client(config(sim).build());
        SsoTokens tokens = login(sim, SKILLS);

        sim.sso().changeOwner(ALPHA, "OWNER-B");
        SsoTokens refreshed = sso.refresh(tokens.refreshToken());
        assertThat(refreshed.claims().ownerHash()).isEqualTo("OWNER-B");

        sim.sso().revokeGrants(ALPHA);
        String current = refreshed.refreshTokenIfPresent().orElse(tokens.refreshToken());
        assertThatThrownBy(() -> sso.refresh(current)).isInstanceOf(InvalidGrantException.class);
        sim.sso().changeOwner(ALPHA, "OWNER-A");
    }

    @Test
    @DisplayName("B04: a 503 on refresh is retried (Retry-After honoured); connection reset on exchange is not")
    void transientFailures_refreshRetriedExchangeNot(EsiSimulator sim) throws Exception {
        client(config(sim).build());
        SsoTokens tokens = login(sim, SKILLS);
        sim.journal().clear();
        sim.faults().on("/v2/oauth/token").times(1).inject(Fault.status(503).withHeader("Retry-After", "1"));

        assertThat(sso.refresh(tokens.refreshToken()).claims().characterId()).isEqualTo(ALPHA);
        assertThat(sim.journal().count("/v2/oauth/token")).isEqualTo(2);

        AuthorizationRequest request = sso.startAuthorization(List.of(SKILLS));
        Map<String, String> callback = approve(sim, request);
        sim.journal().clear();
        sim.faults().on("/v2/oauth/token").times(1).inject(Fault.connectionReset());
        assertThatThrownBy(() -> sso.exchangeCode(callback.get("code"), request.codeVerifier()))
                .isInstanceOf(SsoUnavailableException.class);
        assertThat(sim.journal().count("/v2/oauth/token")).isEqualTo(1);
    }

    @Test
    @DisplayName("B43d/e: a stalled JWKS or token endpoint times out as a transient failure")
    void stalls_timeOut(EsiSimulator sim) throws Exception {
        client(config(sim).set(EsiConfigKeys.REQUESTS_READ_TIMEOUT, "500ms").build());
        sim.faults().on("/oauth/jwks").inject(Fault.stall(Duration.ofSeconds(5)));

        assertThatThrownBy(() -> sso.verify(sim.sso().accessToken(ALPHA, SKILLS)))
                .isInstanceOf(SsoUnavailableException.class).hasMessageContaining("timed out");
        sim.faults().clear();
        sim.faults().on("/v2/oauth/token").inject(Fault.stall(Duration.ofSeconds(5)));
        assertThatThrownBy(() -> sso.refresh(sim.sso().refreshToken(ALPHA, SKILLS)))
                .isInstanceOf(SsoUnavailableException.class);
    }

    @Test
    @DisplayName("B13c: after key rotation the new kid is fetched once, then served from cache")
    void verify_keyRotation_oneRefetch(EsiSimulator sim) {
        client(config(sim).build());
        sso.verify(sim.sso().accessToken(ALPHA, SKILLS));
        sim.sso().rotateKeys();
        int before = sim.journal().count("/oauth/jwks");

        sso.verify(sim.sso().accessToken(ALPHA, SKILLS));
        sso.verify(sim.sso().accessToken(ALPHA, WALLET));

        assertThat(sim.journal().count("/oauth/jwks")).isEqualTo(before + 1);
        sim.sso().retireOldKeys();
    }

    @Test
    @DisplayName("B10/B11: simulator-signed tokens with foreign audience or look-alike issuer are rejected")
    void verify_foreignAudienceOrIssuer_rejected(EsiSimulator sim) {
        client(config(sim).build());
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "CHARACTER:EVE:" + ALPHA);
        claims.put("name", "Pilot Alpha");
        claims.put("owner", "OWNER-A");
        claims.put("scp", SKILLS);
        claims.put("aud", List.of("client-0001", "EVE Online"));
        claims.put("azp", "client-0001");
        claims.put("iss", "login.eveonline.com");
        long now = System.currentTimeMillis() / 1000;
        claims.put("iat", now);
        claims.put("exp", now + 1200);
        assertThat(sso.verify(sim.sso().sign(claims, Map.of())).issuer()).isEqualTo("login.eveonline.com");
        assertThat(sso.verify(sim.sso().sign(claims, Map.of("alg", "ES256"))).characterId()).isEqualTo(ALPHA);

        claims.put("iss", "https://login.eveonline.com.evil.test");
        assertThatThrownBy(() -> sso.verify(sim.sso().sign(claims, Map.of())))
                .isInstanceOf(JwtValidationException.class);
        claims.put("iss", "https://login.eveonline.com/");
        claims.put("aud", List.of("client-9999", "EVE Online"));
        assertThatThrownBy(() -> sso.verify(sim.sso().sign(claims, Map.of())))
                .isInstanceOf(JwtValidationException.class);
    }

    @Test
    @DisplayName("revoke (RFC 7009): the refresh token no longer works afterwards")
    void revoke_thenRefresh_invalidGrant(EsiSimulator sim) throws Exception {
        client(config(sim).build());
        SsoTokens tokens = login(sim, SKILLS);

        sso.revoke(tokens.refreshToken());

        assertThatThrownBy(() -> sso.refresh(tokens.refreshToken())).isInstanceOf(InvalidGrantException.class);
        assertThat(sim.journal().requests("/v2/oauth/revoke").get(0).header("Authorization")).startsWith("Basic ");
    }

    @Test
    @DisplayName("bad secret: configuration error naming the keys")
    void refresh_badSecret_configurationError(EsiSimulator sim) throws IOException {
        client(config(sim).set(EsiConfigKeys.SSO_CLIENT_SECRET, "wrong-secret").build());

        assertThatThrownBy(() -> sso.refresh(sim.sso().refreshToken(ALPHA, SKILLS)))
                .isInstanceOf(SsoConfigurationException.class).hasMessageContaining("esi.sso.client-secret")
                .hasMessageNotContaining("wrong-secret");
    }
}
