package dev.esi4j.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.esi4j.simulator.EsiSimulator;

/**
 * Client creation from a cold JVM: one fresh {@code java} process per sample, wall time from process start to the
 * first call's result, with the child's own split (client build, first call).
 */
public final class ColdStartScenario {

    private static final String[] VARIANTS = {"esi4j", "raw", "eve-esi"};

    private final Settings settings;
    private final Path work;

    /**
     * @param settings run size
     * @param work     where profiles are kept
     */
    public ColdStartScenario(Settings settings, Path work) {
        this.settings = settings;
        this.work = work;
    }

    /**
     * @return the section
     * @throws IOException when a child cannot be started
     * @throws InterruptedException when interrupted
     */
    public Section run() throws IOException, InterruptedException {
        Section s = new Section("Client creation, cold JVM to first call (fresh process per sample)", "ms");
        int samples = settings.samples() * 2;
        double esi4jWall = Double.NaN;
        try (EsiSimulator sim = Simulators.start()) {
            for (String variant : VARIANTS) {
                sample(variant, sim.baseUrl(), null);
                double[][] figures = new double[3][samples];
                for (int i = 0; i < samples; i++) {
                    double[] one = sample(variant, sim.baseUrl(), null);
                    for (int k = 0; k < 3; k++) {
                        figures[k][i] = one[k];
                    }
                }
                Stats wall = Stats.of(figures[0]);
                esi4jWall = "esi4j".equals(variant) ? wall.median() : esi4jWall;
                s.row(variant + ": process start to first result", wall,
                        Section.ratio(wall.median(), esi4jWall) + " of esi4j");
                s.row(variant + ": client build (in the child)", Stats.of(figures[1]), "");
                s.row(variant + ": first call (in the child)", Stats.of(figures[2]), "");
            }
            s.target("esi4j cold under 300 ms: " + Stats.format(esi4jWall) + " ms", esi4jWall < 300);
            if (esi4jWall >= 300) {
                profile(s, sim.baseUrl());
            }
        }
        return s.note("Child: `java -cp <the harness class path> dev.esi4j.bench.ColdStart VARIANT URL` (default "
                + "JVM flags, "
                + "class data sharing of the JDK only); the wall time includes JVM start, class loading of the "
                + "module's jars, client build and one GetStatus against the simulator running in the harness JVM.");
    }

    private void profile(Section s, String baseUrl) throws IOException, InterruptedException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Path file = JfrProfile.newFile(work);
            sample("esi4j", baseUrl, JfrProfile.childOption(file));
            files.add(file);
        }
        s.note("Why the cold start misses: the child's own split above shows where the time goes. JVM start and "
                + "class loading from the class path come first; then the client build, which the profile "
                + "splits into reading and checking the whole bundled spec into the catalog "
                + "(`SpecSources.bundled` -> `OpenApiReader.read`) and creating the JDK HTTP client "
                + "(`JdkTransport.<init>`), all in interpreted, not yet compiled code; then the first call, which "
                + "initialises the HTTP/1.1 exchange and JSON-P. The same build takes a few milliseconds warm (JMH, "
                + "next section): the cold cost is class loading and cold code, not the work itself. Class data "
                + "sharing of the application classes (AppCDS, `-XX:SharedArchiveFile`) or a lazily indexed "
                + "catalog are the levers; neither is applied here.");
        s.note("**Profile (JFR, 3 cold esi4j children with `-XX:StartFlightRecording`, which itself slows the "
                + "start).** " + JfrProfile.summarise(files));
    }

    private static double[] sample(String variant, String baseUrl, String jvmOption)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                ColdStart.class.getName(), variant, baseUrl));
        if (jvmOption != null) {
            command.add(1, jvmOption);
        }
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder seen = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.matches("[0-9.]+ [0-9.]+")) {
                    double wall = (System.nanoTime() - start) / 1e6;
                    String[] parts = line.split(" ");
                    in.transferTo(Writer.nullWriter());
                    p.waitFor();
                    return new double[] {wall, Double.parseDouble(parts[0]), Double.parseDouble(parts[1])};
                }
                seen.append(line).append('\n');
            }
        }
        p.waitFor();
        throw new IOException("cold start of " + variant + " failed (exit " + p.exitValue() + "): " + seen);
    }
}
