package dev.esi4j.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import dev.esi4j.bench.jmh.CallBenchmark;
import dev.esi4j.bench.jmh.ClientCreationBenchmark;
import dev.esi4j.bench.jmh.PagingBenchmark;

/** Runs the JMH benchmarks (one fork each) and turns their iteration scores into report sections. */
public final class JmhScenarios {

    private static final String UNCACHED = ".(esi4jUncached|rawHttpClient|eveEsi)$";

    private final Settings settings;
    private final Path log;

    /**
     * @param settings run size
     * @param log      file that receives JMH's own output
     */
    public JmhScenarios(Settings settings, Path log) {
        this.settings = settings;
        this.log = log;
    }

    /**
     * @return warm client creation
     * @throws RunnerException when JMH fails
     */
    public Section creation() throws RunnerException {
        Map<String, Stats> r = run(ClientCreationBenchmark.class.getName() + ".", 1);
        Section s = new Section("Client creation, warm (JMH)", "ms per client");
        r.forEach((name, stats) -> s.row(name, stats, Section.ratio(stats.median(), r.get("esi4j").median())
                + " of esi4j"));
        return s.note("esi4j: `EsiClient.builder().build()` from the bundled spec (the whole catalog is read and "
                + "checked) and `close()`; eve-esi: `ApiClient` with its OkHttp client and one `StatusApi` (its "
                + "API classes are generated code: nothing is read at creation). The bare JDK `HttpClient` is left "
                + "out here: Java 17's has no `close()`, each instance keeps a selector thread and file descriptors "
                + "until it is garbage collected, and a creation loop that allocates little runs out of "
                + "descriptors; its cold creation is in the table above.");
    }

    /**
     * @param threads concurrent callers
     * @return uncached GET throughput
     * @throws RunnerException when JMH fails
     */
    public Section uncached(int threads) throws RunnerException {
        Map<String, Stats> r = run(CallBenchmark.class.getName() + UNCACHED, threads);
        Section s = new Section("Uncached GET /status on loopback, " + threads + " thread" + (threads > 1 ? "s" : "")
                + " (JMH)", "calls/s");
        double raw = r.get("rawHttpClient").median();
        r.forEach((name, stats) -> s.row(name, stats, Section.ratio(stats.median(), raw) + " of raw"));
        double share = r.get("esi4jUncached").median() / raw;
        return s.target("esi4j >= 85% of the raw HttpClient: " + Stats.format(share * 100) + " %", share >= 0.85);
    }

    /**
     * @return cached GET throughput
     * @throws RunnerException when JMH fails
     */
    public Section cached() throws RunnerException {
        Map<String, Stats> r = run(CallBenchmark.class.getName() + ".esi4jCached$", 1);
        Stats hits = r.get("esi4jCached");
        Section s = new Section("Cached GET /status, 1 thread (JMH)", "hits/s").row("esi4jCached", hits, "");
        s.note("Neither peer caches responses (eve-esi's OkHttp client has no cache configured, the raw client none): "
                + "their figure is the uncached one above, so a cache hit is compared to a network call.");
        return s.target(">= 1,000,000 hits/s on one thread: " + hits.medianText(), hits.median() >= 1_000_000);
    }

    /**
     * @return results() engine overhead over 400 small pages
     * @throws RunnerException when JMH fails
     */
    public Section paging() throws RunnerException {
        Map<String, Stats> r = run(PagingBenchmark.class.getName() + ".", 1);
        Section s = new Section("results() over 400 pages of 10 items, no added latency (JMH)", "ms per results()");
        r.forEach((name, stats) -> s.row(name, stats, ""));
        return s.note("The engine's own cost per page (request, JSON, merge) at 8 pages in flight; the end-to-end "
                + "paging scenario below adds 1,000 items and 20 ms per page.");
    }

    private Map<String, Stats> run(String include, int threads) throws RunnerException {
        int warmup = Math.max(1, settings.jmhIterations() / 2);
        Options options = new OptionsBuilder().include(include).threads(threads).forks(1)
                .warmupIterations(warmup).warmupTime(TimeValue.milliseconds(settings.jmhMillis()))
                .measurementIterations(settings.jmhIterations())
                .measurementTime(TimeValue.milliseconds(settings.jmhMillis()))
                .jvmArgsAppend("-Xmx1g", "-Dsun.net.httpserver.nodelay=true").shouldFailOnError(true)
                .output(log.toString()).build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Stats> byName = new LinkedHashMap<>();
        for (RunResult result : results) {
            String full = result.getParams().getBenchmark();
            byName.put(full.substring(full.lastIndexOf('.') + 1), stats(result.getBenchmarkResults()));
        }
        return byName;
    }

    private static Stats stats(Collection<BenchmarkResult> results) {
        List<Double> scores = results.stream().flatMap(b -> b.getIterationResults().stream())
                .map(IterationResult::getPrimaryResult).map(p -> p.getScore()).toList();
        return Stats.of(scores.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
