package dev.esi4j.bench;

import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every scenario once and writes the report: {@code BenchmarkMain --mode full|smoke --out DIR
 * [--only NAME]} ({@code DIR/benchmarks.md} and {@code DIR/benchmarks-paging.png}; {@code --only} runs the scenarios
 * whose name contains NAME, for development). The Maven profile {@code benchmarks} runs it.
 */
public final class BenchmarkMain {

    private static final System.Logger LOG = System.getLogger(BenchmarkMain.class.getName());

    private final Settings settings;
    private final String only;
    private final List<Section> sections = new ArrayList<>();

    private BenchmarkMain(Settings settings, String only) {
        this.settings = settings;
        this.only = only;
    }

    /**
     * @param args {@code --mode full|smoke}, {@code --out DIR}, {@code --only NAME}
     * @throws Exception when a scenario fails
     */
    public static void main(String[] args) throws Exception {
        String mode = "full";
        String only = "";
        Path out = Path.of("docs");
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--mode" -> mode = args[i + 1];
                case "--out" -> out = Path.of(args[i + 1]);
                case "--only" -> only = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Settings settings = Settings.of(mode);
        Files.createDirectories(out);
        Report report = new Report(settings);
        BenchmarkMain main = new BenchmarkMain(settings, only);
        main.run(out);
        report.loadAtEnd(Machine.load());
        report.write(out.resolve("benchmarks.md"), main.sections);
        LOG.log(Level.INFO, "report written to {0}", out.resolve("benchmarks.md"));
    }

    private void run(Path out) throws Exception {
        Path work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "esi4j-bench"));
        JmhScenarios jmh = new JmhScenarios(settings, work.resolve("jmh.log"));
        MissProfiles profiles = new MissProfiles(settings, work);
        step("cold start", () -> new ColdStartScenario(settings, work).run());
        step("warm creation", jmh::creation);
        Section one = step("uncached, 1 thread", () -> jmh.uncached(1));
        Section sixteen = step("uncached, 16 threads", () -> jmh.uncached(16));
        profiles.calls(one, false);
        Explanations.uncached(one);
        Explanations.uncached(sixteen);
        Section cached = step("cached", jmh::cached);
        profiles.calls(cached, true);
        Explanations.cached(cached);
        step("results() micro", jmh::paging);
        step("paging", () -> new PagingScenario(settings, out.resolve("benchmarks-paging.png"), work).run());
        step("token refreshes", () -> new RefreshScenario(settings).run());
        for (TokenDatabase.Kind kind : TokenDatabase.Kind.values()) {
            step("token database " + kind, () -> new TokenDatabaseScenario(settings, kind).run());
        }
        if (settings.payaraSeconds() > 0) {
            step("payara", () -> new PayaraScenario(settings, work).run());
        }
    }

    private Section step(String name, Scenario scenario) throws Exception {
        if (!name.contains(only)) {
            return null;
        }
        LOG.log(Level.INFO, "scenario {0} (load {1})", name, Machine.load());
        long start = System.nanoTime();
        Section section;
        try {
            section = scenario.run();
        } catch (Exception | LinkageError e) {
            if (!settings.full()) {
                throw e;
            }
            LOG.log(Level.WARNING, "scenario " + name + " failed", e);
            section = new Section(name, "").note("Not measured in this run: the scenario failed with " + e);
        }
        LOG.log(Level.INFO, "scenario {0} done in {1} s", name, (System.nanoTime() - start) / 1_000_000_000);
        sections.add(section);
        return section;
    }

    /** One scenario. */
    @FunctionalInterface
    interface Scenario {
        Section run() throws Exception;
    }
}
