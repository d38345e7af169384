package dev.esi4j.jaxrs.flow;

import static dev.esi4j.jaxrs.flow.FlowResources.A;
import static dev.esi4j.jaxrs.flow.FlowResources.B;
import static dev.esi4j.jaxrs.flow.FlowResources.C;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** HTTP flows of @TokenRequired against the simulator (MISSION 1.1-1.3, 1.6, 1.7). */
class TokenRequiredFlowIT extends FlowTestBase {

    @Test
    @DisplayName("1.1 no token: SSO round trip (B20: configured redirect_uri, B22: one space-separated scope param) and back to the same URL with the new token; then no SSO again")
    void noToken_ssoRoundTrip_returnsToSameUrlWithToken() {
        Browser browser = loggedIn("U1");
        String url = "/app/api/guarded/one?x=1&y=%2F";
        HttpResponse<String> toSso = browser.get(url);
        Map<String, String> authorize = query(Browser.location(toSso));
        assertThat(authorize.get("scope")).isEqualTo(A + " " + B);
        assertThat(authorize.get("redirect_uri")).isEqualTo(server.origin + "/app/api/sso/callback");
        HttpResponse<String> back = completeSso(browser, toSso, ALPHA);
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(Browser.location(back)).isEqualTo(url);
        assertThat(tokenCalls()).isEqualTo(1);

        HttpResponse<String> resumed = browser.get(url);
        assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);
        assertThat(resumed.body()).matches("one:\\d+:Pilot Alpha:U1");
        HttpResponse<String> again = browser.get("/app/api/guarded/one");
        assertThat(again.body()).isEqualTo(resumed.body());
        assertThat(server.tokens().tokens().forOwner("U1").count()).isEqualTo(1);
    }

    @Test
    @DisplayName("1.7 not logged in: the application's login mechanism is triggered, no SSO")
    void notLoggedIn_applicationLoginTriggered() {
        HttpResponse<String> response = server.browser().get("/app/api/guarded/one");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(Browser.location(response)).isEqualTo("/app/login-page");
        assertThat(server.sim.journal().count("*")).isZero();
    }

    @Test
    @DisplayName("1.3 newToken always goes through SSO, even with a usable token")
    void newToken_alwaysSso() {
        Browser browser = loggedIn("U1");
        addToken(browser, ALPHA, A);
        HttpResponse<String> toSso = browser.get("/app/api/guarded/fresh");
        HttpResponse<String> back = completeSso(browser, toSso, BRAVO);
        assertThat(browser.get(Browser.location(back)).body()).matches("fresh:\\d+:Pilot Bravo:U1");
        assertThat(browser.get("/app/api/guarded/fresh").statusCode()).isEqualTo(302);
    }

    @Test
    @DisplayName("1.6 the token reaches a RESTEasy resource-method parameter (@Context CurrentToken)")
    void contextParameter_receivesToken() {
        Browser browser = loggedIn("U1");
        addToken(browser, ALPHA, A);
        HttpResponse<String> response = browser.get("/app/api/guarded/param");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).matches("param:\\d+:Pilot Alpha:U1");
    }

    @Test
    @DisplayName("B26 a view needing {a,c} when the user holds {a,b}: SSO with scope 'a c'")
    void b26_missingScope_ssoWithAllRequiredScopes() {
        Browser browser = loggedIn("U1");
        addToken(browser, ALPHA, A, B);
        HttpResponse<String> toSso = browser.get("/app/api/guarded/ac");
        assertThat(query(Browser.location(toSso)).get("scope").split(" ")).containsExactlyInAnyOrder(A, C);
    }

    @Test
    @DisplayName("token of another user is never used")
    void tokenOfAnotherUser_notUsed() {
        Browser u1 = loggedIn("U1");
        addToken(u1, ALPHA, A);
        Browser u2 = loggedIn("U2");
        assertThat(u2.get("/app/api/guarded/param").statusCode()).isEqualTo(302);
    }

    @Test
    @DisplayName("non-GET: after SSO a continue page re-posts to the original URL")
    void post_resumesThroughContinuePage() {
        Browser browser = loggedIn("U1");
        HttpResponse<String> toSso = browser.post("/app/api/guarded/post?z=9", Map.of());
        HttpResponse<String> back = completeSso(browser, toSso, ALPHA);
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("<form method=\"post\" action=\"/app/api/guarded/post?z=9\">");
        HttpResponse<String> resumed = browser.post("/app/api/guarded/post?z=9", Map.of());
        assertThat(resumed.body()).matches("post:\\d+:Pilot Alpha:U1");
    }

    @Test
    @DisplayName("interceptor on a CDI bean outside JAX-RS: resolves the one token, else a coded reason")
    void interceptor_resolvesOrExplains() {
        Browser browser = loggedIn("U1");
        assertThat(browser.get("/app/api/guarded/service").body()).isEqualTo("NO_TOKEN");
        addToken(browser, ALPHA, A);
        assertThat(browser.get("/app/api/guarded/service").body()).isEqualTo("service:Pilot Alpha");
        addToken(browser, BRAVO, A);
        assertThat(browser.get("/app/api/guarded/service").body()).isEqualTo("SELECTION_NEEDED");
        assertThat(server.browser().get("/app/api/guarded/service").body()).isEqualTo("NOT_LOGGED_IN");
    }
}
