package dev.esi4j.demo.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.esi4j.simulator.EsiSimulator;

/**
 * The one command of the README: starts the ESI/SSO simulator (in this JVM) and Payara Micro (a child process) with
 * the demo WAR, prints the URL to open, and stops both on Ctrl-C. The simulator registers the SSO client and
 * callback URL that the server is configured with, so the login works out of the box.
 *
 * <pre>
 * java dev.esi4j.demo.launcher.DemoLauncher &lt;payara-micro.jar&gt; &lt;demo-app.war&gt; &lt;work dir&gt;
 * </pre>
 * System properties {@code demo.port} (default 8080) and {@code demo.simulator.port} (default 8090) choose the
 * ports; every {@code esi.*} system property is passed on to the server and overrides the WAR's configuration.
 */
@SuppressWarnings("checkstyle:regexp")
public final class DemoLauncher {

    private static final String CLIENT_ID = "esi.sso.client-id";
    private static final String CLIENT_SECRET = "esi.sso.client-secret";
    private static final String CALLBACK_URL = "esi.sso.callback-url";

    private DemoLauncher() {
    }

    /**
     * @param args payara-micro jar, demo WAR, work directory
     * @throws Exception when the demo cannot start
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: DemoLauncher <payara-micro.jar> <demo-app.war> <work dir>");
            System.exit(2);
        }
        int port = Integer.getInteger("demo.port", 8080);
        int simulatorPort = Integer.getInteger("demo.simulator.port", 8090);
        Path workDir = Path.of(args[2]);
        Map<String, String> env = System.getenv();
        Map<String, String> serverProperties = serverProperties(port, simulatorPort, env);

        EsiSimulator simulator = EsiSimulator.builder()
                .port(simulatorPort)
                .client(effective(serverProperties, env, CLIENT_ID), effective(serverProperties, env, CLIENT_SECRET))
                .callbackUrl(effective(serverProperties, env, CALLBACK_URL))
                .start();
        System.out.println("esi4j demo: ESI/SSO simulator listening on " + simulator.baseUrl());
        System.out.println("esi4j demo: starting Payara Micro (log: " + workDir.resolve("payara-micro.log") + ")");
        PayaraMicroProcess server = PayaraMicroProcess.start(Path.of(args[0]), Path.of(args[1]), port, workDir,
                serverProperties);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("esi4j demo: stopping");
            server.close();
            simulator.close();
        }, "esi4j-demo-shutdown"));
        if (!server.awaitReady(Duration.ofMinutes(3))) {
            List<String> errors = server.deploymentErrors();
            if (!errors.isEmpty()) {
                System.err.println("esi4j demo: the demo application did not deploy:");
                errors.forEach(e -> System.err.println("  " + e));
            }
            System.err.println("esi4j demo: Payara Micro did not start; see " + server.logFile());
            System.exit(1);
        }
        System.out.println();
        System.out.println("  esi4j demo is running: open " + server.url());
        System.out.println("  Press Ctrl-C to stop.");
        System.out.println();
        int exit = server.waitFor();
        System.out.println("esi4j demo: Payara Micro exited with " + exit);
    }

    /** @return the value the server will see for the key: launcher property, else environment variable */
    static String effective(Map<String, String> serverProperties, Map<String, String> environment, String key) {
        return serverProperties.getOrDefault(key, environment.get(environmentName(key)));
    }

    /**
     * @param key a configuration key such as {@code esi.sso.client-id}
     * @return its MicroProfile Config environment-variable form, {@code ESI_SSO_CLIENT_ID}
     */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * @param port          the demo's HTTP port
     * @param simulatorPort the simulator's HTTP port
     * @param environment   the launcher's environment variables (a key set there keeps its value: no default for it)
     * @return system properties for the server: URLs matching the ports, then every {@code esi.*} property given to
     *         the launcher
     */
    static Map<String, String> serverProperties(int port, int simulatorPort, Map<String, String> environment) {
        Map<String, String> props = new LinkedHashMap<>();
        String simulator = "http://localhost:" + simulatorPort;
        props.put("esi.sso.base-url", simulator);
        props.put("esi.api.url", simulator);
        props.put(CLIENT_ID, "esi4j-demo");
        props.put(CLIENT_SECRET, "esi4j-demo-secret");
        props.put(CALLBACK_URL, "http://localhost:" + port + "/sso/callback");
        // a default must not hide the same key given as an environment variable (system properties win in MP Config)
        props.keySet().removeIf(key -> environment.containsKey(environmentName(key)));
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("esi."))
                .forEach(name -> props.put(name, System.getProperty(name)));
        return props;
    }
}
