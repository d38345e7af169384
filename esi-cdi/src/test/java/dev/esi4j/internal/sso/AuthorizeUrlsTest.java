package dev.esi4j.internal.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.sso.AuthorizationRequest;
import dev.esi4j.sso.SsoState;

class AuthorizeUrlsTest {

    private static final URI ENDPOINT = URI.create("https://login.eveonline.com/v2/oauth/authorize");
    private static final String A = TestKeys.SCOPE_A;
    private static final String B = TestKeys.SCOPE_B;

    private final AuthorizeUrls urls = new AuthorizeUrls(config().build());

    private static EsiConfig.Builder config() {
        return TestSupport.config(URI.create("https://login.eveonline.com"));
    }

    static Map<String, String> query(URI url) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : url.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    @Test
    @DisplayName("MISSION 2.1: response_type, client_id, redirect_uri, scope, state and PKCE S256")
    void start_default_carriesAllParameters() {
        AuthorizationRequest request = urls.start(ENDPOINT, List.of(A));

        Map<String, String> query = query(request.authorizeUrl());
        assertThat(request.authorizeUrl().toString()).startsWith(ENDPOINT + "?response_type=code&");
        assertThat(query).containsEntry("client_id", TestKeys.CLIENT_ID).containsEntry("scope", A)
                .containsEntry("state", request.state()).containsEntry("code_challenge_method", "S256")
                .containsEntry("code_challenge", AuthorizeUrls.challenge(request.codeVerifier()));
        assertThat(request.codeVerifier()).matches("[A-Za-z0-9_-]{43}");
        assertThat(request.scopes()).containsExactly(A);
        assertThat(request.toString()).doesNotContain(request.state()).doesNotContain(request.codeVerifier());
    }

    @Test
    @DisplayName("B20: redirect_uri is the configured callback, encoded once, trailing slash kept")
    void start_redirectUri_exactConfiguredValue() {
        String raw = urls.start(ENDPOINT, List.of(A)).authorizeUrl().getRawQuery();

        assertThat(raw).contains("redirect_uri=https%3A%2F%2Fapp.test%2Fsso%2Fcallback%2F&");
    }

    @Test
    @DisplayName("B22: scope strings, arrays, duplicates and empty input normalise the same way")
    void start_scopeVariants_normalised() {
        assertThat(scope(List.of(A))).isEqualTo(A);
        assertThat(scope(List.of(A + " " + B))).isEqualTo(A + " " + B);
        assertThat(scope(List.of(B, A, A))).isEqualTo(A + " " + B);
        assertThat(query(urls.start(ENDPOINT, List.of()).authorizeUrl())).doesNotContainKey("scope");
        assertThat(query(urls.start(ENDPOINT, null).authorizeUrl())).doesNotContainKey("scope");
        assertThat(urls.start(ENDPOINT, List.of("b", "a", "a")).scopes()).containsExactlyInAnyOrder("a", "b");
        assertThat(urls.start(ENDPOINT, List.of(A + " " + B)).authorizeUrl().getRawQuery())
                .contains("scope=" + A + "%20" + B);
        assertThatThrownBy(() -> urls.start(ENDPOINT, List.of("bad\"scope")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private String scope(List<String> scopes) {
        return query(urls.start(ENDPOINT, scopes).authorizeUrl()).get("scope");
    }

    @Test
    @DisplayName("B17: state is new per flow, at least 128 random bits, base64url")
    void start_state_randomAndLongEnough() {
        Set<String> states = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String state = urls.start(ENDPOINT, List.of(A)).state();
            assertThat(Base64.getUrlDecoder().decode(state)).hasSizeGreaterThanOrEqualTo(16);
            assertThat(SsoState.from(state)).isPresent();
            states.add(state);
        }
        assertThat(states).hasSize(200);
    }

    @Test
    @DisplayName("PKCE off: no challenge and no verifier")
    void start_pkceOff_noChallenge() {
        AuthorizeUrls plain = new AuthorizeUrls(config().set(EsiConfigKeys.SSO_PKCE, "false").build());

        AuthorizationRequest request = plain.start(ENDPOINT, List.of(A));

        assertThat(request.codeVerifierIfPresent()).isEmpty();
        assertThat(query(request.authorizeUrl())).doesNotContainKeys("code_challenge", "code_challenge_method");
    }

    @Test
    @DisplayName("RFC 7636 appendix B: S256 challenge of the reference verifier")
    void challenge_rfc7636Vector_matches() {
        assertThat(AuthorizeUrls.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    @DisplayName("an authorization endpoint with its own query keeps it")
    void start_endpointWithQuery_appendsParameters() {
        URI withQuery = URI.create("https://sso.test/authorize?tenant=tq");

        assertThat(urls.start(withQuery, List.of(A)).authorizeUrl().toString())
                .startsWith("https://sso.test/authorize?tenant=tq&response_type=code&");
    }

    @Test
    @DisplayName("dev mode without client id: starting a flow names the missing key")
    void start_noClientId_configurationError() {
        EsiConfig dev = EsiConfig.builder().set(EsiConfigKeys.DEV_MODE, "true").build();

        assertThatThrownBy(() -> new AuthorizeUrls(dev).start(ENDPOINT, List.of(A)))
                .hasMessageContaining(EsiConfigKeys.SSO_CLIENT_ID);
    }

    @Test
    @DisplayName("SsoState: parse, constant-time equality, hidden toString")
    void ssoState_fromAndEquals() {
        SsoState state = new SsoState();

        assertThat(SsoState.from(state.value())).contains(state);
        assertThat(SsoState.from(new SsoState().value())).isPresent().get().isNotEqualTo(state);
        assertThat(SsoState.from(null)).isEmpty();
        assertThat(SsoState.from("short")).isEmpty();
        assertThat(SsoState.from("a".repeat(30) + "!")).isEmpty();
        assertThat(state.toString()).doesNotContain(state.value());
        assertThat(Arrays.asList(state.value().split(""))).doesNotContain("=", "+", "/");
    }
}
