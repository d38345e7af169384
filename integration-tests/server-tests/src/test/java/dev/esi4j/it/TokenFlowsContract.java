package dev.esi4j.it;

import static dev.esi4j.it.FlowDeployments.SIMULATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.esi4j.simulator.RecordedRequest;
import dev.esi4j.simulator.SimCharacter;

/**
 * The demo's token flows over HTTP on a real server, against the simulator: public call, EVE SSO login,
 * {@code @TokenRequired} with one and with two characters (selection page), {@code newToken}, {@code
 * @TokensRequired}, {@code @SingleUseToken}, logout. Each concrete suite deploys the demo on one database.
 */
abstract class TokenFlowsContract {

    static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    static final Pattern FLOW = Pattern.compile("name=\"flow\" value=\"([^\"]+)\"");
    static final Pattern DEMO_CSRF = Pattern.compile("name=\"demo-csrf\" value=\"([^\"]+)\"");

    /** @return base URL of the deployment, ending in {@code /} */
    abstract String base();

    @BeforeEach
    void resetSimulator() {
        SIMULATOR.sso().autoApproveOff();
        SIMULATOR.journal().clear();
    }

    @Test
    void statusPage_publicCallReachesTheSimulator() {
        FlowBrowser.Page status = new FlowBrowser().open(base() + "status");

        assertThat(status.status()).isEqualTo(200);
        assertThat(status.body()).containsPattern("<span class=\"big\" id=\"players\">\\d+</span> players online")
                .contains("<span id=\"pu-status\">working</span>");
        boolean cached = status.body().contains("<th scope=\"row\">Served from cache</th><td>true</td>");
        assertThat(SIMULATOR.journal().requests("/status")).hasSize(cached ? 0 : 1)
                .allSatisfy(call -> assertThat(call.header("User-Agent")).startsWith("esi4j-it/0.1.0 (it@esi4j.dev"));
    }

    @Test
    void characterPage_anonymous_logsInWithEveSsoAndShowsSkillsAndWallet() {
        FlowBrowser browser = new FlowBrowser();
        SIMULATOR.sso().autoApprove(FlowDeployments.ALPHA.id());

        FlowBrowser.Page page = browser.open(base() + "character");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.uri().getPath()).endsWith("/character");
        assertThat(page.passedThrough("/v2/oauth/authorize")).isTrue();
        assertThat(page.passedThrough("/sso/callback")).isTrue();
        assertCharacterPage(page, FlowDeployments.ALPHA);
        assertThat(page.body()).contains("<span id=\"caller\">" + FlowDeployments.ALPHA.name() + "</span>");
        assertThat(tokenCalls("authorization_code")).as("one code exchange: the login also brought the scopes")
                .hasSize(1);

        FlowBrowser.Page again = browser.open(base() + "character");
        assertThat(again.visited()).as("logged in with a valid token: no more SSO").hasSize(1);
        assertCharacterPage(again, FlowDeployments.ALPHA);
    }

    @Test
    void secondCharacter_newTokenAddsIt_tokensRequiredListsBoth_selectionPageChooses() {
        FlowBrowser browser = new FlowBrowser();
        SIMULATOR.sso().autoApprove(FlowDeployments.CHARLIE.id());
        assertCharacterPage(browser.open(base() + "character"), FlowDeployments.CHARLIE);

        SIMULATOR.sso().autoApprove(FlowDeployments.DELTA.id());
        FlowBrowser.Page added = browser.open(base() + "character/add");
        assertThat(added.passedThrough("/v2/oauth/authorize")).as("newToken always goes to SSO").isTrue();
        assertCharacterPage(added, FlowDeployments.DELTA);
        assertThat(added.body()).as("still logged in as the first character")
                .contains("<span id=\"caller\">" + FlowDeployments.CHARLIE.name() + "</span>");

        FlowBrowser.Page all = browser.open(base() + "characters");
        assertThat(all.body()).contains("<span id=\"character-count\">2</span>")
                .contains(FlowDeployments.CHARLIE.name()).contains(FlowDeployments.DELTA.name());

        FlowBrowser.Page selection = browser.open(base() + "character");
        assertThat(selection.uri().getPath()).endsWith("/sso/select");
        assertThat(selection.body()).contains(FlowDeployments.CHARLIE.name()).contains(FlowDeployments.DELTA.name())
                .contains("Read skills");
        String deltaToken = selection.find(Pattern.compile(
                "name=\"token\" required id=\"[^\"]+\" value=\"(\\d+)\"[^>]*><label[^>]*><span class=\"esi-character-name\">"
                        + Pattern.quote(FlowDeployments.DELTA.name())));
        FlowBrowser.Page chosen = browser.submit(base() + "sso/select", Map.of("csrf", selection.find(CSRF),
                "flow", selection.find(FLOW), "token", deltaToken, "action", "use"));
        assertThat(chosen.uri().getPath()).endsWith("/character");
        assertCharacterPage(chosen, FlowDeployments.DELTA);
    }

    @Test
    void lookup_singleUseToken_needsNoLoginAndIsGoneAfterTheRequest() {
        FlowBrowser browser = new FlowBrowser();
        SIMULATOR.sso().autoApprove(FlowDeployments.BRAVO.id());

        FlowBrowser.Page lookup = browser.open(base() + "lookup");

        assertThat(lookup.status()).isEqualTo(200);
        assertThat(lookup.body()).contains("<span id=\"lookup-name\">" + FlowDeployments.BRAVO.name() + "</span>")
                .contains("<span id=\"lookup-owner\">nobody</span>")
                .contains("id=\"login\"");
        assertThat(browser.open(base() + "cleanup").body()).contains("<span id=\"tokens-ownerless\">0</span>");
        FlowBrowser.Page second = browser.open(base() + "lookup");
        assertThat(second.passedThrough("/v2/oauth/authorize")).as("every single-use request goes to SSO").isTrue();
    }

    @Test
    void logout_endsTheLogin() {
        FlowBrowser browser = new FlowBrowser();
        SIMULATOR.sso().autoApprove(FlowDeployments.ALPHA.id());
        FlowBrowser.Page home = browser.open(base() + "login");
        assertThat(home.uri().getPath()).endsWith("/");
        assertThat(home.body()).contains("<span id=\"caller\">" + FlowDeployments.ALPHA.name() + "</span>");

        assertThat(browser.submit(base() + "logout", Map.of()).status()).as("no form token: another site's post")
                .isEqualTo(403);
        FlowBrowser.Page out = browser.submit(base() + "logout", Map.of("demo-csrf", home.find(DEMO_CSRF)));

        assertThat(out.status()).isEqualTo(200);
        assertThat(out.body()).contains("id=\"login\"").doesNotContain("id=\"caller\"");
    }

    @Test
    void loginRedirectOfTheSecurityMechanism_isNeitherCachedNorReferred() throws Exception {
        java.net.http.HttpResponse<String> first = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "login")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(first.statusCode()).isBetween(300, 399);
        assertThat(first.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .contains("/v2/oauth/authorize"));
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c)
                .contains("no-store"));
        assertThat(first.headers().firstValue("Referrer-Policy")).contains("no-referrer");
    }

    @Test
    void cleanupRunNow_runsTheJobThroughCleanupJobs_needsTheFormToken_unknownJobIs400() {
        FlowBrowser browser = new FlowBrowser();
        String csrf = browser.open(base() + "cleanup").find(DEMO_CSRF);

        FlowBrowser.Page page = browser.submit(base() + "cleanup", Map.of("job", "callback-redirects", "demo-csrf", csrf));

        assertThat(page.uri().getPath()).endsWith("/cleanup");
        assertThat(page.body()).contains("<tr><td>callback-redirects</td>");
        assertThat(browser.submit(base() + "cleanup", Map.of("job", "tokens")).status()).isEqualTo(403);
        assertThat(new FlowBrowser().submit(base() + "cleanup", Map.of("job", "tokens", "demo-csrf", csrf)).status())
                .as("the token of another session").isEqualTo(403);
        FlowBrowser.Page unknown = browser.submit(base() + "cleanup", Map.of("job", "everything", "demo-csrf", csrf));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).isEqualTo("unknown cleanup job 'everything' (known: callback-redirects, tokens)");
    }

    static void assertCharacterPage(FlowBrowser.Page page, SimCharacter character) {
        assertThat(page.status()).as(page.uri() + ": " + page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<span id=\"character-name\">" + character.name() + "</span>")
                .contains("<span id=\"character-id\">" + character.id() + "</span>")
                .containsPattern("<span id=\"wallet\">[0-9,]+\\.\\d\\d ISK</span>")
                .containsPattern("<span id=\"total-sp\">[0-9,]+</span>");
    }

    static List<RecordedRequest> tokenCalls(String grantType) {
        return SIMULATOR.journal().matching(r -> r.path().equals("/v2/oauth/token")
                && r.body() != null && r.body().contains("grant_type=" + grantType));
    }
}
