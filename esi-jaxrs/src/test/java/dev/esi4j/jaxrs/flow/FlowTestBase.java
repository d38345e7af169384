package dev.esi4j.jaxrs.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import dev.esi4j.simulator.SimCharacter;

/** Shares one {@link FlowServer} across the flow tests and offers the browser steps of a flow. */
@ExtendWith(SharedFlowServer.class)
abstract class FlowTestBase {

    static final long ALPHA = SimCharacter.PILOT_ALPHA.id();
    static final long BRAVO = SimCharacter.PILOT_BRAVO.id();

    static FlowServer server;

    @BeforeEach
    void cleanState() {
        TestBeans.CLOCK.reset();
        server.tokens().tokens().delete();
        server.sim.journal().clear();
    }

    static Browser loggedIn(String user) {
        Browser browser = server.browser();
        assertThat(browser.get(FlowServer.CONTEXT + "/test-login?user=" + user).statusCode()).isEqualTo(204);
        return browser;
    }

    /** Follows a redirect to the simulated EVE SSO, approves as the character, returns the callback URL. */
    static String approveAtSso(Browser browser, HttpResponse<String> toSso, long character) {
        assertThat(toSso.statusCode()).as(toSso.body()).isEqualTo(302);
        String authorize = Browser.location(toSso);
        assertThat(authorize).startsWith(server.sim.baseUrl() + "/v2/oauth/authorize");
        HttpResponse<String> approved = browser.get(authorize, "X-Sim-Character", Long.toString(character));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(302);
        String callback = Browser.location(approved);
        assertThat(callback).startsWith(server.origin + FlowServer.CONTEXT + "/api/sso/callback?");
        return callback;
    }

    /** Runs SSO from a guarded response to the final redirect back; returns the callback response. */
    static HttpResponse<String> completeSso(Browser browser, HttpResponse<String> toSso, long character) {
        return browser.get(approveAtSso(browser, toSso, character));
    }

    /** Adds a token for the character to the browser's user through the SSO resource's login endpoint. */
    static void addToken(Browser browser, long character, String... scopes) {
        String query = "next=/app/api/guarded/plain&scopes=" + String.join("%20", scopes);
        HttpResponse<String> back = completeSso(browser, browser.get("/app/api/sso/login?" + query), character);
        assertThat(back.statusCode()).as(back.body()).isEqualTo(303);
    }

    static Map<String, String> query(String url) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = URI.create(url).getRawQuery();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    static int tokenCalls() {
        return server.sim.journal().count("/v2/oauth/token");
    }
}
