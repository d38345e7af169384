package dev.esi4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.esi4j.simulator.SimCharacter;

/**
 * The whole demo journey in a browser (MISSION 7.3): open the demo, log in through the simulator's EVE SSO page,
 * see the character, add a second character, choose on the token-selection page (which must pass axe-core's WCAG 2
 * A/AA rules), log out. Screenshots of every step go to {@code target/screenshots}.
 */
final class Journey {

    private final WebDriver browser;
    private final String base;
    private final String screenshots;

    /**
     * @param browser     the browser
     * @param base        the demo's URL, ending in {@code /}
     * @param screenshots prefix of the screenshot files
     */
    Journey(WebDriver browser, String base, String screenshots) {
        this.browser = browser;
        this.base = base;
        this.screenshots = screenshots;
    }

    /** Walks the journey with two characters the simulator knows and that have no tokens yet. */
    void loginAddSelectLogout(SimCharacter first, SimCharacter second) {
        browser.get(base);
        assertThat(browser.getTitle()).isEqualTo("Welcome, capsuleer · esi4j demo");
        assertThat(((JavascriptExecutor) browser).executeScript("return getComputedStyle(document.body).backgroundColor"))
                .as("the stylesheet is applied").isEqualTo("rgb(13, 17, 23)");
        shot("1-home");

        browser.findElement(By.id("login")).click();
        pickAtSso(first, "2-sso-login");
        assertThat(await(By.id("caller")).getText()).isEqualTo(first.name());
        shot("3-logged-in");

        browser.findElement(By.linkText("My character")).click();
        assertCharacter(first);
        shot("4-character");

        browser.findElement(By.id("add-character")).click();
        pickAtSso(second, "5-sso-add");
        assertCharacter(second);

        browser.findElement(By.linkText("My character")).click();
        await(By.name("csrf"));
        assertThat(browser.getCurrentUrl()).contains("/sso/select");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(first.name()).contains(second.name());
        shot("6-selection");
        assertThat(Accessibility.violations(browser)).as("axe-core on the token-selection page").isEmpty();
        browser.findElement(By.xpath("//label[span[text()='" + first.name() + "']]")).click();
        browser.findElement(By.cssSelector("button[name=action][value=use]")).click();
        assertCharacter(first);
        shot("7-chosen");

        browser.findElement(By.id("logout")).click();
        await(By.id("login"));
        assertThat(browser.findElements(By.id("caller"))).isEmpty();
        shot("8-logged-out");
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"missing.png\">')");
        assertThat(Accessibility.violations(browser)).as("the checker itself finds a missing alt text")
                .anySatisfy(v -> assertThat(v).startsWith("image-alt"));
    }

    private void pickAtSso(SimCharacter character, String screenshot) {
        await(By.id("character-" + character.id()));
        assertThat(browser.getCurrentUrl()).contains("/v2/oauth/authorize");
        shot(screenshot);
        browser.findElement(By.id("character-" + character.id())).click();
    }

    private void assertCharacter(SimCharacter character) {
        assertThat(await(By.id("character-name")).getText()).isEqualTo(character.name());
        assertThat(browser.findElement(By.id("wallet")).getText()).endsWith(" ISK");
    }

    /** Waits for the element of the next page (a click returns before the navigation it starts has finished). */
    private WebElement await(By element) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(element));
        } catch (TimeoutException e) {
            String text = browser.findElement(By.tagName("body")).getText();
            throw new AssertionError("no " + element + " at " + browser.getCurrentUrl() + ", page text: "
                    + text.substring(0, Math.min(text.length(), 2000)), e);
        }
    }

    private void shot(String step) {
        Browsers.screenshot(browser, screenshots + "-" + step);
    }
}
