package dev.esi4j.it;

import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/** The token flows on each server with the demo's embedded H2 database. */
@ExtendWith(ArquillianExtension.class)
class TokenFlowsIT extends TokenFlowsContract {

    static final String NAME = "demo-flows.war";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return FlowDeployments.configure(Deployments.demo(NAME), NAME, Map.of());
    }

    @Override
    String base() {
        return FlowDeployments.base(NAME);
    }
}
