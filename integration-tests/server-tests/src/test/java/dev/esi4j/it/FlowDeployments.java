package dev.esi4j.it;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.esi4j.simulator.EsiSimulator;
import dev.esi4j.simulator.SimCharacter;

/**
 * The ESI/SSO simulator of the server suites (one per test JVM, on a free loopback port) and demo WARs configured
 * for it. The server listens on the fixed port {@code it.http.port} (set by the build for both servers), so the
 * callback URL can be written into the WAR's configuration before deployment.
 */
final class FlowDeployments {

    static final String CLIENT_ID = "esi4j-it";
    static final String CLIENT_SECRET = "esi4j-it-secret";

    /** Characters of this JVM's run: random ids, so rows left in a shared database by earlier runs never match. */
    static final SimCharacter ALPHA = character("Alpha");
    static final SimCharacter BRAVO = character("Bravo");
    static final SimCharacter CHARLIE = character("Charlie");
    static final SimCharacter DELTA = character("Delta");

    static final EsiSimulator SIMULATOR = EsiSimulator.builder()
            .client(CLIENT_ID, CLIENT_SECRET)
            .characters(ALPHA, BRAVO, CHARLIE, DELTA)
            .start();

    private FlowDeployments() {
    }

    private static SimCharacter character(String name) {
        long id = 2_100_000_000L + ThreadLocalRandom.current().nextLong(40_000_000L);
        return new SimCharacter(id, "IT " + name + " " + id, "OWNER-" + name + "-" + id);
    }

    /** @return the port both servers listen on in the suites */
    static int appPort() {
        return Integer.getInteger("it.http.port", 18080);
    }

    /**
     * @param war       the demo WAR (any database)
     * @param name      archive name, the context root
     * @param overrides extra or replaced configuration keys
     * @return the WAR configured for the simulator and the callback at {@code /<name>/sso/callback}
     */
    static WebArchive configure(WebArchive war, String name, Map<String, String> overrides) {
        String context = name.replace(".war", "");
        Map<String, String> config = new java.util.TreeMap<>(Map.of(
                "esi.sso.client-id", CLIENT_ID,
                "esi.sso.client-secret", CLIENT_SECRET,
                "esi.sso.callback-url", "http://localhost:" + appPort() + "/" + context + "/sso/callback",
                "esi.sso.base-url", SIMULATOR.baseUrl(),
                "esi.api.url", SIMULATOR.baseUrl(),
                "esi.app.name", "esi4j-it",
                "esi.app.version", "0.1.0",
                "esi.user-contact-email", "it@esi4j.dev",
                "esi.image-server.url", "none"));
        config.putAll(overrides);
        String properties = config.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        return Deployments.withConfig(war, properties);
    }

    /** @return the base URL of a deployment (ends with {@code /}) */
    static String base(String name) {
        return "http://localhost:" + appPort() + "/" + name.replace(".war", "") + "/";
    }
}
