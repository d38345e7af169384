package dev.esi4j.it;

import static dev.esi4j.it.FlowDeployments.SIMULATOR;

import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** The {@link Journey} in headless Chromium against the demo deployed on each server. */
@ExtendWith(ArquillianExtension.class)
class BrowserJourneyIT {

    static final String NAME = "demo-browser.war";

    private WebDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FlowDeployments.configure(Deployments.demo(NAME), NAME, Map.of());
    }

    @BeforeEach
    void openBrowser() {
        SIMULATOR.sso().autoApproveOff();
        browser = Browsers.chromium();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void loginSelectAndLogout_inChromium() {
        new Journey(browser, FlowDeployments.base(NAME), Servers.current())
                .loginAddSelectLogout(FlowDeployments.ALPHA, FlowDeployments.BRAVO);
    }
}
