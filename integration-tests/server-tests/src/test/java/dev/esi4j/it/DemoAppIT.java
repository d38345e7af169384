package dev.esi4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo WAR, exactly as built, deploys and serves its pages (run on each server of the build).
 */
@ExtendWith(ArquillianExtension.class)
class DemoAppIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.demo("demo-app.war");
    }

    @Test
    void homePage_listsTheFeatures() throws Exception {
        HttpResponse<String> home = Http.get(base, "");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).contains("html"));
        assertThat(home.body()).contains("<title>Welcome, capsuleer · esi4j demo</title>")
                .contains("<a href=\"status\">Server status</a>")
                .contains("Log in with EVE Online");
    }

    @Test
    void statusPage_usesTheEmbeddedDatabaseAndThePersistenceUnit() throws Exception {
        HttpResponse<String> status = Http.get(base, "status");

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).containsPattern("<span id=\"db-product\">H2 2\\.\\d+\\.\\d+")
                .contains("<span id=\"pu-status\">working</span>")
                .contains("http://localhost:8090");
    }

    @Test
    void configPage_showsTheConfigurationWithTheSecretRedacted() throws Exception {
        HttpResponse<String> config = Http.get(base, "config");

        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body())
                .contains("<th scope=\"row\">esi.sso.client-id</th><td><code>esi4j-demo</code>")
                .contains("<th scope=\"row\">esi.sso.client-secret</th><td><code>***</code>")
                .doesNotContain("esi4j-demo-secret");
    }

    @Test
    void stylesheet_isServedAsCss() throws Exception {
        HttpResponse<String> css = Http.get(base, "assets/demo.css");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("content-type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.body()).contains("--accent");
    }
}
