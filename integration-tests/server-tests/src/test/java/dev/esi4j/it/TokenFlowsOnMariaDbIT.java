package dev.esi4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/** The token flows with the demo's data source on MariaDB (127.0.0.1:3306, database test); WildFly only (MISSION 7.3). */
@EnabledIfSystemProperty(named = "it.server", matches = "wildfly")
@ExtendWith(ArquillianExtension.class)
class TokenFlowsOnMariaDbIT extends TokenFlowsContract {

    static final String NAME = "demo-flows-mariadb.war";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FlowDeployments.configure(Deployments.demoOn(NAME, MariaDbDataSource.class, "mariadb.jar"), NAME,
                Map.of());
    }

    @Override
    String base() {
        return FlowDeployments.base(NAME);
    }

    @Test
    void statusPage_runsOnMariaDb() {
        assertThat(new FlowBrowser().open(base() + "status").body())
                .containsPattern("<span id=\"db-product\">MariaDB \\d+");
    }
}
