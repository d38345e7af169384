package dev.esi4j.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.esi4j.EsiClient;
import net.troja.eve.esi.api.MarketApi;

/**
 * {@code results()} of a paged operation (400 pages of 1,000 items, 20 ms simulated latency per page) against esi4j's
 * peers, with the peak heap of each; the simulator runs in its own JVM. Also draws the chart.
 */
public final class PagingScenario {

    /** Items per page. */
    public static final int ITEMS = 1000;
    /** Simulated latency per page request, ms. */
    public static final int LATENCY_MS = 20;
    /** esi4j's default {@code esi.pages.concurrency}, used by the concurrent raw peer too. */
    public static final int CONCURRENCY = 8;

    private final Settings settings;
    private final Path chart;
    private final Path work;
    private String profile = "";
    private final Map<String, Stats> times = new LinkedHashMap<>();
    private final Map<String, Stats> heaps = new LinkedHashMap<>();

    /**
     * @param settings run size
     * @param chart    PNG to write
     * @param work     where a profile is kept
     */
    public PagingScenario(Settings settings, Path chart, Path work) {
        this.settings = settings;
        this.chart = chart;
        this.work = work;
    }

    /** @return the timings per variant (after {@link #run()}) */
    public Map<String, Stats> times() {
        return times;
    }

    /**
     * @return the section
     * @throws Exception when the simulator or a fetch fails
     */
    public Section run() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process sim = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                SimulatorProcess.class.getName(), Integer.toString(settings.pages()), Integer.toString(ITEMS),
                Integer.toString(LATENCY_MS)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            String url = awaitUrl(sim);
            measureAll(url);
        } finally {
            sim.getOutputStream().close();
            sim.waitFor();
        }
        Chart.paging(chart, times, heaps, settings.pages() + " pages x " + ITEMS + " items, " + LATENCY_MS
                + " ms per page");
        return section();
    }

    private void measureAll(String url) throws Exception {
        PageFetchers fetchers = new PageFetchers(url, CONCURRENCY);
        try (EsiClient esi = Clients.esi4j(url, false)) {
            measure("esi4j results()", settings.samples(), () -> PageFetchers.esi4j(esi));
            profile = JfrProfile.record(JfrProfile.newFile(work), () -> PageFetchers.esi4j(esi));
        }
        measure("raw HttpClient, " + CONCURRENCY + " in flight", settings.samples(), fetchers::rawConcurrent);
        int slow = Math.max(1, settings.samples() / 2);
        measure("sequential loop (django-esi style, raw HttpClient)", slow, fetchers::sequential);
        MarketApi market = new MarketApi(Clients.eveEsi(url));
        measure("eve-esi, sequential page loop", slow, () -> PageFetchers.eveEsiSequential(market));
    }

    private void measure(String name, int samples, Callable<Integer> fetch) throws Exception {
        expect(fetch.call());
        double[] ms = new double[samples];
        double[] mib = new double[samples];
        for (int i = 0; i < samples; i++) {
            try (HeapSampler heap = HeapSampler.start()) {
                long start = System.nanoTime();
                expect(fetch.call());
                ms[i] = (System.nanoTime() - start) / 1e6;
                mib[i] = heap.peakMiB();
            }
        }
        times.put(name, Stats.of(ms));
        heaps.put(name, Stats.of(mib));
    }

    private void expect(int items) {
        if (items != settings.pages() * ITEMS) {
            throw new IllegalStateException("expected " + settings.pages() * ITEMS + " items, got " + items);
        }
    }

    private Section section() {
        List<String> names = List.copyOf(times.keySet());
        double esi = times.get(names.get(0)).median();
        double raw = times.get(names.get(1)).median();
        double seq = times.get(names.get(2)).median();
        Section s = new Section("results() of " + settings.pages() + " pages x " + ITEMS + " items, " + LATENCY_MS
                + " ms latency per page", "ms per complete fetch");
        times.forEach((name, stats) -> s.row(name, stats, Section.ratio(stats.median(), esi) + " of esi4j"));
        heaps.forEach((name, stats) -> s.row("peak heap (MiB): " + name, stats, ""));
        boolean met = seq / esi >= 10 && esi / raw <= 1.2;
        if (!met) {
            Explanations.paging(s, settings.pages(), seq, CONCURRENCY);
            s.note("**Profile (JFR, one esi4j results() in the harness JVM).** " + profile);
        }
        return s.target("esi4j >= 10x faster than the sequential loop (" + Stats.format(seq / esi)
                + " x) and within 1.2x of the raw concurrent client (" + Stats.format(esi / raw) + " x)", met)
                .note("Simulator in its own JVM (`SimulatorProcess`); the harness JVM (-Xmx2g) holds only the "
                        + "client side. Peak heap: used heap sampled every millisecond during the fetch, after a "
                        + "full GC. Chart: ![paging](benchmarks-paging.png)");
    }

    private static String awaitUrl(Process sim) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith("URL ")) {
                return line.substring(4).trim();
            }
        }
        throw new IOException("the simulator process ended without a URL");
    }
}
