package dev.esi4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.Caching;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.esi4j.EsiClient;
import dev.esi4j.EsiResponse;
import dev.esi4j.ErrorLimitedException;
import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.internal.cache.JCacheStores;
import dev.esi4j.internal.client.ClientAssembly;
import dev.esi4j.internal.client.Policies;
import dev.esi4j.internal.policy.LimitState;
import dev.esi4j.simulator.EsiSimulator;
import dev.esi4j.simulator.EsiSimulatorExtension;
import dev.esi4j.simulator.Fault;

/**
 * MISSION 4.16 on the simulator: the JCache-backed response cache and limit state (Caffeine's JCache provider in
 * test scope), shared between clients and "nodes", and stores that fail never failing a call.
 */
class SharedStoresIT {

    private static final AtomicInteger NAMES = new AtomicInteger();
    private static final String ALLIANCES = "GetAlliances";

    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension();

    private final CacheManager jcache = Caching.getCachingProvider().getCacheManager();
    private final String name = "esi4j-it-" + NAMES.incrementAndGet();
    private EsiClient first;
    private EsiClient second;

    @AfterEach
    void close() {
        for (EsiClient c : new EsiClient[] {first, second}) {
            if (c != null) {
                c.close();
            }
        }
    }

    private static EsiConfig config(EsiSimulator sim, String... pairs) {
        EsiConfig.Builder b = EsiConfig.builder().set(EsiConfigKeys.API_URL, sim.baseUrl())
                .set(EsiConfigKeys.APP_NAME, "TestApp").set(EsiConfigKeys.APP_VERSION, "1.2.3")
                .set(EsiConfigKeys.USER_CONTACT_EMAIL, "ops@example.test").set(EsiConfigKeys.DEV_MODE, "true");
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            b.set(pairs[i], pairs[i + 1]);
        }
        return b.build();
    }

    /** A client with the default stores of its configuration (as the CDI producer builds it). */
    private EsiClient jcacheClient(EsiSimulator sim, String... more) {
        String[] pairs = new String[more.length + 2];
        pairs[0] = EsiConfigKeys.CACHE_JCACHE_NAME;
        pairs[1] = name;
        System.arraycopy(more, 0, pairs, 2, more.length);
        return new ClientAssembly().config(config(sim, pairs)).build();
    }

    /** Another node: its own local limit state, only the JCache in common. */
    private EsiClient otherNode(EsiSimulator sim, String... pairs) {
        return new ClientAssembly().config(config(sim, pairs)).policies(new Policies()
                .limitState(new LimitState(JCacheStores.limits(name, sim.baseUrl())))
                .store(JCacheStores.responses(name))).build();
    }

    /** A public operation with {@code x-cache-age: 3600}. */
    private static EsiResponse alliances(EsiClient esi) {
        return esi.operation(ALLIANCES).withResponse().result();
    }

    @Test
    @DisplayName("4.16: a response cached through JCache by one client is served to another without a request")
    void jcache_responsesSharedBetweenClients(EsiSimulator sim) {
        first = jcacheClient(sim);
        assertThat(alliances(first).cacheHit()).isFalse();
        assertThat(jcache.getCache(name).iterator().hasNext()).as("entry stored in the JCache").isTrue();
        second = otherNode(sim);
        EsiResponse fromCache = alliances(second);
        assertThat(fromCache.cacheHit()).isTrue();
        assertThat(fromCache.data().asJsonArray()).isNotEmpty();
        assertThat(sim.journal().count(ALLIANCES)).isEqualTo(1);
    }

    @Test
    @DisplayName("4.14/4.16: a 420 seen by one node holds the calls of another node sharing the JCache")
    void jcache_errorLimitSharedBetweenNodes(EsiSimulator sim) {
        sim.faults().on("GetStatus").times(1)
                .inject(Fault.errorLimited().withHeader("X-ESI-Error-Limit-Reset", "40"));
        first = jcacheClient(sim, EsiConfigKeys.ERROR_LIMIT_MODE, "fail");
        assertThatThrownBy(() -> first.operation("GetStatus").result()).isInstanceOf(ErrorLimitedException.class);
        Cache<Object, Object> limits = jcache.getCache(name + "-limits");
        assertThat(limits.iterator().next().getValue()).isInstanceOf(Instant.class);
        second = otherNode(sim, EsiConfigKeys.ERROR_LIMIT_MODE, "fail");
        assertThatThrownBy(() -> second.operation("GetUniverseFactions").result())
                .isInstanceOf(ErrorLimitedException.class)
                .satisfies(e -> assertThat(((ErrorLimitedException) e).reset()).isPositive()
                        .isLessThanOrEqualTo(Duration.ofSeconds(40)));
        assertThat(sim.journal().count("*")).isEqualTo(1);
    }

    @Test
    @DisplayName("4.16: a JCache that fails (closed caches) never fails a call; the limits stay enforced locally")
    void failingJCache_neverFailsACall(EsiSimulator sim) {
        first = jcacheClient(sim, EsiConfigKeys.ERROR_LIMIT_MODE, "fail");
        alliances(first);
        Cache<Object, Object> responses = jcache.getCache(name);
        responses.close();
        jcache.getCache(name + "-limits").close();
        assertThatThrownBy(() -> responses.get("x")).isInstanceOf(IllegalStateException.class);

        EsiResponse again = alliances(first);
        assertThat(again.data().asJsonArray()).isNotEmpty();
        assertThat(again.cacheHit()).isFalse();
        assertThat(sim.journal().count(ALLIANCES)).isEqualTo(2);

        sim.faults().on("GetStatus").times(1)
                .inject(Fault.errorLimited().withHeader("X-ESI-Error-Limit-Reset", "40"));
        assertThatThrownBy(() -> first.operation("GetStatus").result()).isInstanceOf(ErrorLimitedException.class);
        assertThatThrownBy(() -> first.operation("GetUniverseFactions").result())
                .as("held by the local copy of the limit state").isInstanceOf(ErrorLimitedException.class);
        assertThat(sim.journal().count("GetUniverseFactions")).isZero();
    }
}
