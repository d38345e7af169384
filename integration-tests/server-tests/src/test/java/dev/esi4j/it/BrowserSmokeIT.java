package dev.esi4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Headless Chromium opens the demo and moves through its pages; screenshots go to {@code target/screenshots}.
 * The full login journey grows here once the token flows land.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserSmokeIT {

    @ArquillianResource
    private URL base;

    private WebDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.demo("demo-app.war");
    }

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void homePage_rendersStyledAndLeadsToTheStatusPage() {
        browser.get(base.toExternalForm());
        Browsers.screenshot(browser, Servers.current() + "-home");

        assertThat(browser.getTitle()).isEqualTo("Welcome, capsuleer · esi4j demo");
        Object background = ((JavascriptExecutor) browser)
                .executeScript("return getComputedStyle(document.body).backgroundColor");
        assertThat(background).as("the stylesheet is applied").isEqualTo("rgb(13, 17, 23)");

        browser.findElement(By.linkText("Server status")).click();
        Browsers.screenshot(browser, Servers.current() + "-status");

        assertThat(browser.getTitle()).startsWith("Server status");
        assertThat(browser.findElement(By.id("pu-status")).getText()).isEqualTo("working");
        assertThat(browser.findElement(By.cssSelector("nav a[aria-current=page]")).getText())
                .isEqualTo("Server status");
    }
}
