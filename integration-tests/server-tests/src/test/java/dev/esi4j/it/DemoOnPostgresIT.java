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

/** The demo with its data source on PostgreSQL (127.0.0.1:5432, database test), on each server. */
@ExtendWith(ArquillianExtension.class)
class DemoOnPostgresIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.demoOn("demo-postgres.war", PostgresDataSource.class, "postgresql.jar");
    }

    @Test
    void statusPage_runsOnPostgresqlThroughThePersistenceUnit() throws Exception {
        HttpResponse<String> status = Http.get(base, "status");

        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).containsPattern("<span id=\"db-product\">PostgreSQL \\d+")
                .contains("<span id=\"pu-status\">working</span>");
    }
}
