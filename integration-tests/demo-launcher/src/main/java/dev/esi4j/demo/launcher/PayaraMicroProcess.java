package dev.esi4j.demo.launcher;

import java.io.IOException;
import java.io.Writer;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Payara Micro running as a child process with one WAR deployed at the root context, its output in a log file.
 */
public final class PayaraMicroProcess implements AutoCloseable {

    private final Process process;
    private final Path logFile;
    private final URI url;

    private PayaraMicroProcess(Process process, Path logFile, URI url) {
        this.process = process;
        this.logFile = logFile;
        this.url = url;
    }

    /**
     * Starts Payara Micro (clustering off) with the WAR at the root context.
     *
     * @param microJar         the {@code payara-micro} jar
     * @param war              the application
     * @param port             HTTP port
     * @param workDir          directory for the server's files and {@code payara-micro.log}
     * @param systemProperties system properties of the server JVM (MicroProfile Config reads them)
     * @return the running process
     * @throws IOException when the process cannot be started
     */
    public static PayaraMicroProcess start(Path microJar, Path war, int port, Path workDir,
            Map<String, String> systemProperties) throws IOException {
        Files.createDirectories(workDir);
        Path log = workDir.resolve("payara-micro.log");
        Path rootDir = workDir.resolve("payara-root");
        deleteRecursively(rootDir);   // a root dir of an earlier run would deploy its WAR once more before this one
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-jar", microJar.toAbsolutePath().toString(),
                "--nocluster", "--port", Integer.toString(port),
                "--rootdir", rootDir.toAbsolutePath().toString(),
                "--systemProperties", propertiesFile(workDir, systemProperties).toString(),
                "--contextroot", "/", "--deploy", war.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new PayaraMicroProcess(process, log, URI.create("http://localhost:" + port + "/"));
    }

    /** The properties go in an owner-only file, not on the command line, where any local user could read a secret. */
    private static Path propertiesFile(Path workDir, Map<String, String> systemProperties) throws IOException {
        Path file = workDir.resolve("server.properties");
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Properties properties = new Properties();
        properties.putAll(systemProperties);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "esi4j demo: configuration of the server (written at every start)");
        }
        return file.toAbsolutePath();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * @return the esi4j configuration problems and deployment failure lines the server logged so far, empty while
     *         none
     * @throws IOException when the log cannot be read
     */
    public List<String> deploymentErrors() throws IOException {
        if (!Files.exists(logFile)) {
            return List.of();
        }
        return deploymentErrors(Files.readAllLines(logFile, StandardCharsets.UTF_8));
    }

    /**
     * @param lines the server log
     * @return its esi4j configuration problems when it reports a failed deployment, empty otherwise
     */
    static List<String> deploymentErrors(List<String> lines) {
        boolean failed = lines.stream().anyMatch(l -> l.contains("Exception while loading the app")
                || l.contains("Deployment failed") || l.contains("Invalid esi4j configuration"));
        if (!failed) {
            return List.of();
        }
        List<String> problems = lines.stream().filter(l -> l.matches("\\s*- esi\\.\\S+ \\(env .*"))
                .map(l -> l.strip().split(" -- ")[0].replaceAll("]+$", "")).distinct().limit(30).toList();
        return problems.isEmpty() ? List.of("the deployment failed (no esi4j configuration problem logged)") : problems;
    }

    /** @return the URL of the application's home page */
    public URI url() {
        return url;
    }

    /** @return the file receiving the server's output */
    public Path logFile() {
        return logFile;
    }

    /** @return whether the server process is still running */
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Waits until the home page answers 200.
     *
     * @param timeout how long to wait
     * @return {@code true} when the application answers, {@code false} on timeout or when the server exited
     * @throws InterruptedException when interrupted
     */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && process.isAlive() && !deployFailed()) {
            try {
                HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build();
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // listening but not serving yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    private boolean deployFailed() {
        try {
            return !deploymentErrors().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Waits for the server to exit by itself.
     *
     * @return its exit code
     * @throws InterruptedException when interrupted
     */
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** Stops the server: a normal termination first, forcibly after 20 seconds. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
