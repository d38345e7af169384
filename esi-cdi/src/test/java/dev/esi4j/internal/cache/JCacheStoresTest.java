package dev.esi4j.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.esi4j.internal.policy.LimitState;
import dev.esi4j.internal.policy.SharedLimits;

/** The JCache stores on Caffeine's JCache provider: values survive serialization, limits only move later. */
class JCacheStoresTest {

    private static final Instant T0 = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void responses_roundTripThroughStoreByValue() {
        ResponseStore store = JCacheStores.responses("esi4j-unit-responses");
        CachedResponse entry = new CachedResponse(200, Map.of("ETag", List.of("\"e1\"")), "[1,2]".getBytes(),
                "\"e1\"", T0);
        store.put("k", entry);
        CachedResponse read = store.get("k").orElseThrow();
        assertThat(read).isNotSameAs(entry);
        assertThat(read.body()).isEqualTo("[1,2]".getBytes());
        assertThat(read.headers()).containsEntry("ETag", List.of("\"e1\""));
        store.remove("k");
        assertThat(store.get("k")).isEmpty();
    }

    @Test
    void limits_moveOnlyLater_andArePerEsiUrl() {
        SharedLimits a = JCacheStores.limits("esi4j-unit", "http://127.0.0.1:1/");
        SharedLimits b = JCacheStores.limits("esi4j-unit", "http://127.0.0.1:2/");
        a.block("error-limit", T0.plusSeconds(30));
        a.block("error-limit", T0.plusSeconds(10));
        assertThat(a.notBefore("error-limit")).isEqualTo(T0.plusSeconds(30));
        a.block("error-limit", T0.plusSeconds(60));
        assertThat(a.notBefore("error-limit")).isEqualTo(T0.plusSeconds(60));
        assertThat(b.notBefore("error-limit")).isNull();
    }

    @Test
    void limitState_readsTheLaterOfLocalAndShared_andSurvivesAFailingStore() {
        SharedLimits shared = JCacheStores.limits("esi4j-unit-state", "http://127.0.0.1:3/");
        LimitState node1 = new LimitState(shared);
        LimitState node2 = new LimitState(shared);
        node1.block("char-wallet/1", T0.plusSeconds(5));
        assertThat(node2.notBefore("char-wallet/1")).isEqualTo(T0.plusSeconds(5));
        SharedLimits broken = new SharedLimits() {
            @Override
            public Instant notBefore(String key) {
                throw new IllegalStateException("cluster down");
            }

            @Override
            public void block(String key, Instant until) {
                throw new IllegalStateException("cluster down");
            }
        };
        LimitState isolated = new LimitState(broken);
        isolated.block("error-limit", T0.plusSeconds(7));
        assertThat(isolated.notBefore("error-limit")).isEqualTo(T0.plusSeconds(7));
        assertThat(isolated.notBefore("other")).isNull();
    }
}
