package dev.esi4j.it;

import static dev.esi4j.it.FlowDeployments.SIMULATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Token refresh and the cleanup timers on a real server. The refresh margin is longer than the simulator's token
 * lifetime, so every use refreshes (and the rotated refresh token must have been stored for the next one to work);
 * the callback-state timer fires every 2 seconds and the token timer is switched off, both from configuration.
 */
@ExtendWith(ArquillianExtension.class)
class RefreshAndTimersIT {

    static final String NAME = "demo-timers.war";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FlowDeployments.configure(Deployments.demo(NAME), NAME, Map.of(
                "esi.token.refresh-margin", "1500s",
                "esi.cleanup.callback-redirects.schedule", "*/2 * * * * *",
                "esi.cleanup.tokens.enabled", "false"));
    }

    @Test
    void everyUseRefreshes_rotatedRefreshTokenIsKept() {
        FlowBrowser browser = new FlowBrowser();
        SIMULATOR.sso().autoApprove(FlowDeployments.ALPHA.id());
        TokenFlowsContract.assertCharacterPage(browser.open(FlowDeployments.base(NAME) + "character"),
                FlowDeployments.ALPHA);
        SIMULATOR.sso().autoApproveOff();
        int before = TokenFlowsContract.tokenCalls("refresh_token").size();

        for (int i = 0; i < 3; i++) {
            FlowBrowser.Page page = browser.open(FlowDeployments.base(NAME) + "character");
            assertThat(page.visited()).as("refreshed in place, never back to SSO").hasSize(1);
            TokenFlowsContract.assertCharacterPage(page, FlowDeployments.ALPHA);
        }

        assertThat(TokenFlowsContract.tokenCalls("refresh_token").size() - before).isGreaterThanOrEqualTo(3);
    }

    @Test
    void callbackTimerFiresOnItsSchedule_tokenTimerIsOff() throws InterruptedException {
        FlowBrowser browser = new FlowBrowser();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String page = browser.open(FlowDeployments.base(NAME) + "cleanup").body();
        while (countRuns(page, "callback-redirects") < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
            page = browser.open(FlowDeployments.base(NAME) + "cleanup").body();
        }

        assertThat(page).contains("<td>on, schedule <code>*/2 * * * * *</code></td>")
                .contains("<th scope=\"row\">tokens</th><td>off</td>")
                .contains("JdbcJobLease (table esi_job_lease");
        assertThat(countRuns(page, "callback-redirects")).as("timer runs within 30 s").isGreaterThanOrEqualTo(2);
        assertThat(countRuns(page, "tokens")).isZero();
    }

    private static int countRuns(String page, String job) {
        return page.split("<tr><td>" + job + "</td>", -1).length - 1;
    }
}
