package dev.esi4j.jaxrs.flow;

import static dev.esi4j.jaxrs.flow.FlowResources.A;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The SSO callback: state bound to the session, single use, expiring; SSO errors; return URLs (CASES B17, B19). */
class CallbackFlowIT extends FlowTestBase {

    private static String withState(String callback, String state) {
        return callback.replaceAll("state=[^&]*", "state=" + state);
    }

    private static void assertRejected(HttpResponse<String> response, String text) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(text).doesNotContain("&lt;html");
        assertThat(tokenCalls()).isZero();
        assertThat(server.tokens().tokens().count()).isZero();
    }

    @Test
    @DisplayName("B17 a) matching state: one code exchange, token created, 303 to the original URL")
    void b17a_matchingState_oneExchange() {
        Browser browser = loggedIn("U1");
        HttpResponse<String> back = completeSso(browser, browser.get("/app/api/guarded/param?p=1"), ALPHA);
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(Browser.location(back)).isEqualTo("/app/api/guarded/param?p=1");
        assertThat(tokenCalls()).isEqualTo(1);
        assertThat(server.tokens().tokens().forOwner("U1").count()).isEqualTo(1);
    }

    @Test
    @DisplayName("B17 b) mismatched state: 400, no SSO call, no token")
    void b17b_mismatchedState_rejected() {
        Browser browser = loggedIn("U1");
        String callback = approveAtSso(browser, browser.get("/app/api/guarded/param"), ALPHA);
        assertRejected(browser.get(withState(callback, "ST-X-aaaaaaaaaaaaaaaaaaaaaaaa")), "not valid for your session");
    }

    @Test
    @DisplayName("B17 c) no session cookie: 400 (not 500), no SSO call")
    void b17c_noSession_rejectedWithout500() {
        Browser browser = loggedIn("U1");
        String callback = approveAtSso(browser, browser.get("/app/api/guarded/param"), ALPHA);
        browser.forgetCookies();
        assertRejected(browser.get(callback), "session has ended");
    }

    @Test
    @DisplayName("B17 c') state of another browser session: 400, and the other session's flow stays usable")
    void b17_stateOfAnotherSession_rejected() {
        Browser victim = loggedIn("U1");
        String callback = approveAtSso(victim, victim.get("/app/api/guarded/param"), ALPHA);
        Browser attacker = loggedIn("U2");
        attacker.get("/app/api/sso/login?scopes=" + A);
        assertRejected(attacker.get(callback), "not valid for your session");
        assertThat(victim.get(callback).statusCode()).isEqualTo(303);
    }

    @Test
    @DisplayName("B17 d) state older than esi.callback-redirect.max-age (300 s): 400, no SSO call")
    void b17d_expiredState_rejected() {
        Browser browser = loggedIn("U1");
        String callback = approveAtSso(browser, browser.get("/app/api/guarded/param"), ALPHA);
        TestBeans.CLOCK.advance(Duration.ofSeconds(301));
        assertRejected(browser.get(callback), "expired");
    }

    @Test
    @DisplayName("B17 e) code or state missing: 400, no SSO call")
    void b17e_missingParameters_rejected() {
        Browser browser = loggedIn("U1");
        String callback = approveAtSso(browser, browser.get("/app/api/guarded/param"), ALPHA);
        assertRejected(browser.get(callback.replaceAll("code=[^&]*&?", "")), "incomplete");
        assertRejected(browser.get(callback.replaceAll("&?state=[^&]*", "")), "incomplete");
    }

    @Test
    @DisplayName("B17 f) reloading the callback after success: no second code exchange, 400")
    void b17f_replay_noSecondExchange() {
        Browser browser = loggedIn("U1");
        String callback = approveAtSso(browser, browser.get("/app/api/guarded/param"), ALPHA);
        assertThat(browser.get(callback).statusCode()).isEqualTo(303);
        HttpResponse<String> replay = browser.get(callback);
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(tokenCalls()).isEqualTo(1);
    }

    @Test
    @DisplayName("several flows pending in different tabs complete independently, even after the id renewal")
    void severalPendingFlows_eachCompletes() {
        Browser browser = loggedIn("U1");
        String first = approveAtSso(browser, browser.get("/app/api/guarded/param?tab=1"), ALPHA);
        String second = approveAtSso(browser, browser.get("/app/api/guarded/all?tab=2"), BRAVO);
        assertThat(Browser.location(browser.get(second))).isEqualTo("/app/api/guarded/all?tab=2");
        assertThat(Browser.location(browser.get(first))).isEqualTo("/app/api/guarded/param?tab=1");
        assertThat(tokenCalls()).isEqualTo(2);
    }

    @Test
    @DisplayName("SSO error/error_description are shown on a clear page, escaped; the flow is consumed")
    void ssoError_clearPage() {
        Browser browser = loggedIn("U1");
        String callback = approveAtSso(browser, browser.get("/app/api/guarded/param"), ALPHA);
        String state = query(callback).get("state");
        HttpResponse<String> error = browser.get("/app/api/sso/callback?error=access_denied"
                + "&error_description=The%20user%20%3Cb%3Edenied%3C%2Fb%3E&state=" + state);
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.body()).contains("EVE Single Sign-On reported an error",
                "access_denied: The user &lt;b&gt;denied&lt;/b&gt;", "href=\"/app/\"");
        assertThat(browser.get(callback).statusCode()).isEqualTo(400);
        assertThat(tokenCalls()).isZero();
    }

    @Test
    @DisplayName("the session id is renewed by the callback (session-fixation defence)")
    void callback_renewsSessionId() {
        Browser browser = loggedIn("U1");
        String callback = approveAtSso(browser, browser.get("/app/api/guarded/param"), ALPHA);
        HttpResponse<String> back = browser.get(callback);
        assertThat(back.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("JSESSIONID="));
    }

    @Test
    @DisplayName("B19 a 560+ character query survives the round trip byte for byte")
    void b19_longReturnUrl_keptByteForByte() {
        Browser browser = loggedIn("U1");
        String url = "/app/api/guarded/param?filter=" + "x%2Fy&z=%C3%A9".repeat(45) + "end";
        assertThat(url.length()).isGreaterThan(560);
        HttpResponse<String> back = completeSso(browser, browser.get(url), ALPHA);
        assertThat(Browser.location(back)).isEqualTo(url);
        assertThat(browser.get(url).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("B19 a foreign return_to ends on the application's start page (no open redirect)")
    void b19_foreignNext_endsOnStartPage() {
        Browser browser = loggedIn("U1");
        for (String next : new String[] {"https://evil.test/", "//evil.test/", "/%5Cevil.test"}) {
            HttpResponse<String> back = completeSso(browser,
                    browser.get("/app/api/sso/login?scopes=" + A + "&next=" + next.replace("/", "%2F")), ALPHA);
            assertThat(Browser.location(back)).as(next).startsWith("/").doesNotStartWith("//")
                    .isEqualTo("/app/");
        }
    }
}
