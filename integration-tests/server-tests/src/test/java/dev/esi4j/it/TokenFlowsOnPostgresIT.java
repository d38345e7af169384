package dev.esi4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The token flows on each server with the demo's data source on PostgreSQL (127.0.0.1:5432, database test, one
 * schema per server).
 */
@ExtendWith(ArquillianExtension.class)
class TokenFlowsOnPostgresIT extends TokenFlowsContract {

    static final String NAME = "demo-flows-pg.war";

    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive war = Deployments.demoOn(NAME, PostgresSchemas.dataSourceForCurrentServer(), "postgresql.jar");
        return FlowDeployments.configure(war, NAME, Map.of());
    }

    @Override
    String base() {
        return FlowDeployments.base(NAME);
    }

    @Test
    void statusPage_runsOnPostgresql() {
        assertThat(new FlowBrowser().open(base() + "status").body())
                .containsPattern("<span id=\"db-product\">PostgreSQL \\d+");
    }
}
