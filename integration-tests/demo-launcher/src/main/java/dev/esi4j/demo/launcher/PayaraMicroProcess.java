package dev.esi4j.demo.launcher;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        systemProperties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", microJar.toAbsolutePath().toString(),
                "--nocluster", "--port", Integer.toString(port),
                "--rootdir", workDir.resolve("payara-root").toAbsolutePath().toString(),
                "--contextroot", "/", "--deploy", war.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new PayaraMicroProcess(process, log, URI.create("http://localhost:" + port + "/"));
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
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
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
