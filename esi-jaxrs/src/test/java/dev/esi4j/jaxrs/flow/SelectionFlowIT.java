package dev.esi4j.jaxrs.flow;

import static dev.esi4j.jaxrs.flow.FlowResources.A;
import static dev.esi4j.jaxrs.flow.FlowResources.B;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.token.Token;

/** HTTP flows of the token-selection page (MISSION 1.1, 1.8) and @TokensRequired (1.4). */
class SelectionFlowIT extends FlowTestBase {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
    private static final Pattern FLOW = Pattern.compile("name=\"flow\" value=\"([^\"]+)\"");

    private static String field(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as(html).isTrue();
        return matcher.group(1);
    }

    private static long tokenOf(String user, long character) {
        return server.tokens().tokens().forOwner(user).forCharacter(character).first().flatMap(Token::id)
                .orElseThrow();
    }

    /** U1 holds tokens of Alpha and Bravo with scopes a b; returns the selection page. */
    private static HttpResponse<String> selectionPage(Browser browser, String url) {
        addToken(browser, ALPHA, A, B);
        addToken(browser, BRAVO, A, B);
        HttpResponse<String> toPage = browser.get(url);
        assertThat(toPage.statusCode()).as(toPage.body()).isEqualTo(303);
        assertThat(Browser.location(toPage)).startsWith("/app/api/sso/select?flow=");
        return browser.get(Browser.location(toPage), "Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5");
    }

    @Test
    @DisplayName("1.8 two characters: the page lists both; the chosen one reaches the original URL; the CDI interceptor of the (CDI-managed) resource does not enforce a second time (it would demand a selection)")
    void twoCharacters_selectionPage_choiceReachesResource() {
        Browser browser = loggedIn("U1");
        HttpResponse<String> page = selectionPage(browser, "/app/api/guarded/one?q=7");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"fr\">", "Choisir un personnage", "Pilot Alpha", "Pilot Bravo",
                "Read skills", "Ajouter un autre personnage", "/app/api/sso/select.css").doesNotContain("<script");
        HttpResponse<String> chosen = browser.post("/app/api/sso/select", Map.of("csrf", field(CSRF, page.body()),
                "flow", field(FLOW, page.body()), "token", Long.toString(tokenOf("U1", BRAVO)), "action", "use"));
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(303);
        assertThat(Browser.location(chosen)).isEqualTo("/app/api/guarded/one?q=7");
        assertThat(browser.get("/app/api/guarded/one?q=7").body()).matches("one:\\d+:Pilot Bravo:U1");
        assertThat(browser.get("/app/api/guarded/one?q=7").statusCode()).isEqualTo(303);
        assertThat(browser.get("/app/api/sso/select.css").body()).contains(".esi-character");
    }

    @Test
    @DisplayName("1.8 a wrong CSRF token is refused with 403")
    void wrongCsrf_refused() {
        Browser browser = loggedIn("U1");
        HttpResponse<String> page = selectionPage(browser, "/app/api/guarded/one");
        HttpResponse<String> forged = browser.post("/app/api/sso/select", Map.of("csrf", "forged",
                "flow", field(FLOW, page.body()), "token", Long.toString(tokenOf("U1", ALPHA)), "action", "use"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(browser.get("/app/api/guarded/one").statusCode()).isEqualTo(303);
    }

    @Test
    @DisplayName("1.8 a token of another user is refused and the page shown again")
    void tokenOfAnotherUser_refused() {
        Browser other = loggedIn("U2");
        addToken(other, ALPHA, A, B);
        Browser browser = loggedIn("U1");
        HttpResponse<String> page = selectionPage(browser, "/app/api/guarded/one");
        HttpResponse<String> refused = browser.post("/app/api/sso/select", Map.of("csrf", field(CSRF, page.body()),
                "flow", field(FLOW, page.body()), "token", Long.toString(tokenOf("U2", ALPHA)), "action", "use"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("role=\"alert\"", "Pilot Alpha", "Pilot Bravo");
    }

    @Test
    @DisplayName("1.8 a token missing a required scope is refused")
    void tokenMissingScope_refused() {
        Browser browser = loggedIn("U1");
        HttpResponse<String> page = selectionPage(browser, "/app/api/guarded/one");
        addToken(browser, ALPHA, A);
        long onlyA = server.tokens().tokens().forOwner("U1").requireScopesExact(A).first().flatMap(Token::id)
                .orElseThrow();
        HttpResponse<String> refused = browser.post("/app/api/sso/select", Map.of("csrf", field(CSRF, page.body()),
                "flow", field(FLOW, page.body()), "token", Long.toString(onlyA), "action", "use"));
        assertThat(refused.statusCode()).isEqualTo(400);
    }

    @Test
    @DisplayName("1.8 'add another character' goes through SSO and back to the original URL with the new token")
    void addAnotherCharacter_ssoThenBack() {
        server.sim.sso().addCharacter(new dev.esi4j.simulator.SimCharacter(2147000003L, "Pilot Charlie", "OWNER-C"));
        Browser browser = loggedIn("U1");
        HttpResponse<String> page = selectionPage(browser, "/app/api/guarded/one");
        HttpResponse<String> toSso = browser.post("/app/api/sso/select", Map.of("csrf", field(CSRF, page.body()),
                "flow", field(FLOW, page.body()), "action", "add"));
        HttpResponse<String> back = completeSso(browser, toSso, 2147000003L);
        assertThat(Browser.location(back)).isEqualTo("/app/api/guarded/one");
        assertThat(browser.get("/app/api/guarded/one").body()).matches("one:\\d+:Pilot Charlie:U1");
    }

    @Test
    @DisplayName("1.4 @TokensRequired: all valid tokens with the scopes, no selection page; SSO when none")
    void tokensRequired_allTokensOrSso() {
        Browser browser = loggedIn("U1");
        HttpResponse<String> toSso = browser.get("/app/api/guarded/all");
        HttpResponse<String> back = completeSso(browser, toSso, ALPHA);
        assertThat(browser.get(Browser.location(back)).body()).matches("all:\\d+:Pilot Alpha:U1");
        addToken(browser, BRAVO, A, B);
        HttpResponse<String> all = browser.get("/app/api/guarded/all");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).contains("Pilot Alpha:U1", "Pilot Bravo:U1");
    }

    @Test
    @DisplayName("1.3/1.4 @TokensRequired(newToken = true) always goes through SSO and then lists the new token with the others")
    void tokensRequiredNewToken_ssoThenAll() {
        Browser browser = loggedIn("U1");
        addToken(browser, ALPHA, A);
        HttpResponse<String> toSso = browser.get("/app/api/guarded/allfresh");
        HttpResponse<String> back = completeSso(browser, toSso, BRAVO);
        HttpResponse<String> all = browser.get(Browser.location(back));
        assertThat(all.body()).startsWith("allfresh:").contains("Pilot Alpha:U1", "Pilot Bravo:U1");
        assertThat(browser.get("/app/api/guarded/allfresh").statusCode()).isEqualTo(302);
    }
}
