package dev.esi4j.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.WebDriver;

import dev.esi4j.simulator.SimCharacter;

/**
 * The {@link Journey} in headless Chromium against the demo that the README's first command started
 * ({@code mvn -B -Pdemo package}, with its own simulator and the characters Pilot Alpha and Pilot Bravo). Runs when
 * {@code demo.url} names it; {@code .ci/run} starts the demo from a fresh clone and sets it.
 */
@EnabledIfSystemProperty(named = "demo.url", matches = "http.+")
class ReadmeDemoIT {

    @Test
    void readmeDemo_loginSelectAndLogout_inChromium() {
        WebDriver browser = Browsers.chromium();
        try {
            new Journey(browser, System.getProperty("demo.url"), "readme-demo")
                    .loginAddSelectLogout(SimCharacter.PILOT_ALPHA, SimCharacter.PILOT_BRAVO);
        } finally {
            browser.quit();
        }
    }
}
