package dev.esi4j.bench;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every scenario once and writes the report: {@code java -jar benchmarks.jar --mode full|smoke --out DIR}
 * ({@code DIR/benchmarks.md} and {@code DIR/benchmarks-paging.png}). The Maven profile {@code benchmarks} runs it.
 */
public final class BenchmarkMain {

    private static final System.Logger LOG = System.getLogger(BenchmarkMain.class.getName());

    private BenchmarkMain() {
    }

    /**
     * @param args {@code --mode full|smoke} and {@code --out DIR}
     * @throws Exception when a scenario fails
     */
    public static void main(String[] args) throws Exception {
        String mode = "full";
        Path out = Path.of("docs");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--mode" -> mode = args[i + 1];
                case "--out" -> out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Settings settings = Settings.of(mode);
        Files.createDirectories(out);
        Report report = new Report(settings);
        List<Section> sections = run(settings, out, report);
        report.write(out.resolve("benchmarks.md"), sections);
        LOG.log(Level.INFO, "report written to {0}", out.resolve("benchmarks.md"));
    }

    private static List<Section> run(Settings settings, Path out, Report report) throws Exception {
        List<Section> sections = new ArrayList<>();
        Path work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "esi4j-bench"));
        JmhScenarios jmh = new JmhScenarios(settings, work.resolve("jmh.log"));
        MissProfiles profiles = new MissProfiles(settings, work);
        sections.add(step("cold start", () -> new ColdStartScenario(settings, work).run()));
        sections.add(step("warm creation", jmh::creation));
        Section one = step("uncached, 1 thread", () -> jmh.uncached(1));
        sections.add(one);
        Section sixteen = step("uncached, 16 threads", () -> jmh.uncached(16));
        sections.add(sixteen);
        profiles.calls(one, false);
        Explanations.uncached(one);
        Explanations.uncached(sixteen);
        Section cached = step("cached", jmh::cached);
        profiles.calls(cached, true);
        Explanations.cached(cached);
        sections.add(cached);
        sections.add(step("results() micro", jmh::paging));
        PagingScenario paging = new PagingScenario(settings, out.resolve("benchmarks-paging.png"), work);
        sections.add(step("paging", paging::run));
        sections.add(step("token refreshes", () -> new RefreshScenario(settings).run()));
        for (TokenDatabase.Kind kind : TokenDatabase.Kind.values()) {
            sections.add(step("token database " + kind, () -> new TokenDatabaseScenario(settings, kind).run()));
        }
        report.loadAtEnd(Machine.load());
        return sections;
    }

    private static Section step(String name, Scenario scenario) throws Exception {
        LOG.log(Level.INFO, "scenario {0} (load {1})", name, Machine.load());
        long start = System.nanoTime();
        Section section = scenario.run();
        LOG.log(Level.INFO, "scenario {0} done in {1} s", name, (System.nanoTime() - start) / 1_000_000_000);
        return section;
    }

    /** One scenario. */
    @FunctionalInterface
    interface Scenario {
        Section run() throws Exception;
    }
}
