package dev.esi4j.bench;

import java.nio.file.Path;

import dev.esi4j.EsiClient;
import dev.esi4j.simulator.EsiSimulator;

/** JFR profiles of the call scenarios when they miss their target: the esi4j side alone, in the harness JVM. */
public final class MissProfiles {

    private final Settings settings;
    private final Path dir;

    /**
     * @param settings run size
     * @param dir      where recordings are kept
     */
    public MissProfiles(Settings settings, Path dir) {
        this.settings = settings;
        this.dir = dir;
    }

    /**
     * Adds a profile of calls of one thread to a missed section.
     *
     * @param section the section (left alone when its target was met)
     * @param cached  whether the cached client is profiled
     * @throws Exception when the profile fails
     */
    public void calls(Section section, boolean cached) throws Exception {
        if (section == null || !Boolean.FALSE.equals(section.met())) {
            return;
        }
        long seconds = settings.full() ? 8 : 2;
        try (EsiSimulator sim = Simulators.start(); EsiClient esi = Clients.esi4j(sim.baseUrl(), cached)) {
            loop(esi, 2);
            long[] calls = new long[1];
            String summary = JfrProfile.record(JfrProfile.newFile(dir), () -> calls[0] = loop(esi, seconds));
            section.note("**Profile (JFR, " + seconds + " s of " + (cached ? "cached" : "uncached")
                    + " GetStatus on one thread, simulator in the same JVM, " + calls[0] / seconds
                    + " calls/s while recorded).** " + summary);
        }
    }

    private static long loop(EsiClient esi, long seconds) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long calls = 0;
        while (System.nanoTime() < end) {
            esi.operation("GetStatus").result();
            calls++;
        }
        return calls;
    }
}
