package dev.esi4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A WAR with a bad esi4j configuration must fail deployment with one message per bad key (MISSION 5.2). WildFly
 * reports the failure to the deployer; Payara Micro only logs it (its Arquillian connector sees a started server
 * without the application), so there the server log is the evidence.
 */
@ExtendWith(ArquillianExtension.class)
class BadConfigIT {

    private static final String BAD = "bad-config";

    @ArquillianResource
    private Deployer deployer;

    @Deployment(name = BAD, managed = false, testable = false)
    static WebArchive badConfig() {
        return Deployments.demoWithConfig("bad-config.war", """
                # esi.sso.client-id is missing
                esi.sso.client-secret=some-secret
                esi.sso.callback-url=http://localhost:8080/sso/callback
                esi.api.url=not a url
                esi.app.name=esi4j-bad-config
                esi.user-contact-email=ops@esi4j.dev
                """);
    }

    @Test
    void missingClientIdAndBadUrl_failDeploymentNamingEachKey() {
        Throwable failure;
        String log;
        try (ConsoleCapture console = new ConsoleCapture()) {
            failure = catchThrowable(() -> deployer.deploy(BAD));
            log = console.text();
        }
        try {
            if (Servers.isPayaraMicro()) {
                assertThat(log).contains("Exception while loading the app");
            } else {
                assertThat(failure).as("deployment of a WAR with bad configuration").isNotNull();
            }
            String evidence = stackText(failure) + log;
            assertThat(evidence).contains("Invalid esi4j configuration")
                    .contains("esi.sso.client-id (env ESI_SSO_CLIENT_ID) is missing")
                    .contains("esi.api.url (env ESI_API_URL) = 'not a url' is not a valid URL")
                    .doesNotContain("some-secret");
        } finally {
            catchThrowable(() -> deployer.undeploy(BAD));
        }
    }

    private static String stackText(Throwable failure) {
        if (failure == null) {
            return "";
        }
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
