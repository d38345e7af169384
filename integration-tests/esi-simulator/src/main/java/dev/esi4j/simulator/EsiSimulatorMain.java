package dev.esi4j.simulator;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator standalone until the process is stopped:
 * <pre>
 * java -jar esi-simulator-VERSION-standalone.jar --port 8080 [--host 127.0.0.1] [--spec FILE|2020-01-01]
 *      [--seed N] [--client ID:SECRET] [--callback URL] [--character ID:NAME:OWNER] [--issuer ISS|self]
 *      [--pages N:SIZE] [--token-lifetime SECONDS] [--error-limit N] [--config FILE]
 * </pre>
 * A config file holds the same flags without dashes, one {@code name value} (or {@code name=value}) a line,
 * e.g. {@code character 2147000001:Pilot Alpha:OWNER-A}; {@code #} starts a comment.
 * It prints {@code ESI simulator listening on http://HOST:PORT} once ready.
 */
@SuppressWarnings("checkstyle:regexp")
public final class EsiSimulatorMain {

    private EsiSimulatorMain() {
    }

    /** @param args command-line flags, see the class comment */
    public static void main(String[] args) throws InterruptedException {
        EsiSimulatorBuilder b;
        try {
            b = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Usage: --port N --host H --spec FILE|2020-01-01 --seed N --client ID:SECRET "
                    + "--callback URL --character ID:NAME:OWNER --issuer ISS|self --pages N:SIZE "
                    + "--token-lifetime SECONDS --error-limit N --config FILE");
            System.exit(2);
            return;
        }
        EsiSimulator sim = b.start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }));
        System.out.println("ESI simulator listening on " + sim.baseUrl());
        System.out.flush();
        stopped.await();
    }

    static EsiSimulatorBuilder parse(String[] args) {
        return parse(expandConfig(args), EsiSimulator.builder());
    }

    /** Replaces {@code --config FILE} by the flags in the file: one {@code name value} or {@code name=value} a line. */
    static String[] expandConfig(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if ("--config".equals(args[i]) && i + 1 < args.length) {
                readConfig(Path.of(args[++i]), out);
            } else {
                out.add(args[i]);
            }
        }
        return out.toArray(String[]::new);
    }

    private static void readConfig(Path file, List<String> out) {
        try {
            for (String line : Files.readAllLines(file)) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    String[] kv = l.split("[=\\s]", 2);
                    out.add("--" + kv[0].strip());
                    out.add(kv.length > 1 ? kv[1].strip() : "");
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read config file " + file + ": " + e.getMessage(), e);
        }
    }

    private static EsiSimulatorBuilder parse(String[] args, EsiSimulatorBuilder b) {
        boolean charactersGiven = false;
        for (int i = 0; i < args.length; i++) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + flag);
            }
            String v = args[++i];
            if ("--character".equals(flag) && !charactersGiven) {
                b.characters();
                charactersGiven = true;
            }
            apply(b, flag, v);
        }
        return b;
    }

    private static void apply(EsiSimulatorBuilder b, String flag, String v) {
        switch (flag) {
            case "--port" -> b.port(Integer.parseInt(v));
            case "--host" -> b.host(v);
            case "--spec" -> spec(b, v);
            case "--seed" -> b.seed(Long.parseLong(v));
            case "--client" -> b.client(part(v, 0), v.contains(":") ? v.substring(v.indexOf(':') + 1) : "");
            case "--callback" -> b.callbackUrl(v);
            case "--character" -> b.character(Long.parseLong(part(v, 0)), part(v, 1), part(v, 2));
            case "--issuer" -> b.issuer("self".equals(v) ? null : v);
            case "--pages" -> b.defaultPages(Integer.parseInt(part(v, 0)), Integer.parseInt(part(v, 1)));
            case "--token-lifetime" -> b.tokenLifetime(Duration.ofSeconds(Long.parseLong(v)));
            case "--error-limit" -> b.errorLimit(Integer.parseInt(v), Duration.ofSeconds(60));
            default -> throw new IllegalArgumentException("Unknown flag " + flag);
        }
    }

    private static void spec(EsiSimulatorBuilder b, String v) {
        if ("2020-01-01".equals(v)) {
            b.bundledSpec(EsiSimulatorBuilder.SPEC_2020_01_01);
        } else if ("2025-12-16".equals(v)) {
            b.bundledSpec(EsiSimulatorBuilder.SPEC_2025_12_16);
        } else if (Files.isRegularFile(Path.of(v))) {
            b.spec(Path.of(v));
        } else {
            throw new IllegalArgumentException("No such spec file: " + v);
        }
    }

    private static String part(String v, int index) {
        String[] parts = v.split(":", 3);
        if (index >= parts.length) {
            throw new IllegalArgumentException("Expected more ':'-separated parts in " + v);
        }
        return parts[index];
    }
}
