package dev.esi4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.esi4j.EsiClient;
import dev.esi4j.internal.spec.SpecSources;
import dev.esi4j.simulator.EsiSimulator;
import dev.esi4j.simulator.EsiSimulatorExtension;

/** B44 and MISSION 4.17: one shared client, many threads, no per-call resources. */
class ClientLifecycleIT {

    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension();

    @Test
    @DisplayName("B44: 20 threads x 250 calls through one client; spec parsed once; threads return to baseline")
    void b44_sharedClient_manyThreads_noLeak(EsiSimulator sim) throws Exception {
        int baseline = Thread.activeCount();
        try (EsiClient esi = EngineSimulatorIT.client(sim, java.time.Clock.systemUTC())) {
            assertThat(esi.spec()).isSameAs(SpecSources.bundled());
            run(esi, 20, 250);
            try (EsiClient second = EngineSimulatorIT.client(sim, java.time.Clock.systemUTC())) {
                assertThat(second.spec()).isSameAs(esi.spec());
            }
        }
        for (int i = 0; i < 50 && Thread.activeCount() > baseline + 5; i++) {
            Thread.sleep(100);
        }
        assertThat(Thread.activeCount()).isLessThanOrEqualTo(baseline + 5);
    }

    @Test
    @DisplayName("MISSION 4.17: 64 threads using one client concurrently all succeed")
    void sixtyFourThreads_allSucceed(EsiSimulator sim) throws Exception {
        try (EsiClient esi = EngineSimulatorIT.client(sim, java.time.Clock.systemUTC(),
                dev.esi4j.config.EsiConfigKeys.CACHE_RESPONSE, "false")) {
            run(esi, 64, 10);
            assertThat(sim.journal().count("GetUniverseTypesTypeId")).isEqualTo(640);
        }
    }

    private static void run(EsiClient esi, int threads, int callsEach) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                int ok = 0;
                for (int i = 0; i < callsEach; i++) {
                    int type = 580 + (thread * callsEach + i) % 50;
                    if (esi.operation("GetUniverseTypesTypeId", Map.of("type_id", type)).result().asJsonObject()
                            .getJsonNumber("type_id").intValue() == type) {
                        ok++;
                    }
                }
                return ok;
            }));
        }
        int ok = 0;
        for (Future<Integer> f : results) {
            ok += f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(ok).isEqualTo(threads * callsEach);
    }
}
