package dev.esi4j.jaxrs.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** HTTP flows of @SingleUseToken (MISSION 1.5). */
class SingleUseFlowIT extends FlowTestBase {

    @Test
    @DisplayName("1.5 no user needed; the token serves one request, belongs to nobody and is removed afterwards")
    void singleUse_oneRequestThenRemoved() {
        Browser browser = server.browser();
        HttpResponse<String> toSso = browser.get("/app/api/guarded/single?id=5");
        HttpResponse<String> back = completeSso(browser, toSso, ALPHA);
        assertThat(Browser.location(back)).isEqualTo("/app/api/guarded/single?id=5");
        assertThat(server.tokens().tokens().withoutOwner().count()).isEqualTo(1);
        HttpResponse<String> used = browser.get("/app/api/guarded/single?id=5");
        assertThat(used.statusCode()).as(used.body()).isEqualTo(200);
        assertThat(used.body()).matches("single:\\d+:Pilot Alpha:-");
        assertThat(server.tokens().tokens().count()).isZero();
        assertThat(browser.get("/app/api/guarded/single?id=5").statusCode()).isEqualTo(302);
    }

    @Test
    @DisplayName("1.5 a logged-in user's single-use token is still not linked to the user")
    void singleUse_loggedIn_notLinked() {
        Browser browser = loggedIn("U1");
        HttpResponse<String> back = completeSso(browser, browser.get("/app/api/guarded/single"), BRAVO);
        assertThat(browser.get(Browser.location(back)).body()).matches("single:\\d+:Pilot Bravo:-");
        assertThat(server.tokens().tokens().forOwner("U1").count()).isZero();
        assertThat(server.tokens().tokens().count()).isZero();
    }

    @Test
    @DisplayName("a guarded CDI bean called from a single-use request sees its own token; the request's token is restored and still deleted")
    void nestedGuardedBean_ownTokenThenRestored() {
        Browser browser = loggedIn("U1");
        addToken(browser, ALPHA, FlowResources.A);
        HttpResponse<String> back = completeSso(browser, browser.get("/app/api/guarded/nested"), BRAVO);
        HttpResponse<String> used = browser.get(Browser.location(back));
        assertThat(used.body()).matches("nested:Pilot Alpha:\\d+:Pilot Bravo:-");
        assertThat(server.tokens().tokens().count()).isEqualTo(1);
        assertThat(server.tokens().tokens().forOwner("U1").count()).isEqualTo(1);
    }
}
