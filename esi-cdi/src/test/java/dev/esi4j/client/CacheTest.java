package dev.esi4j.client;

import static dev.esi4j.testing.FakeTime.T0;
import static dev.esi4j.testing.FakeTime.http;
import static dev.esi4j.testing.StubEsi.Resp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.EsiClient;
import dev.esi4j.EsiResponse;
import dev.esi4j.internal.cache.CachedResponse;
import dev.esi4j.internal.cache.ResponseStore;
import dev.esi4j.internal.client.ClientAssembly;
import dev.esi4j.internal.client.Policies;
import dev.esi4j.internal.policy.LimitState;
import dev.esi4j.testing.FakeTime;
import dev.esi4j.testing.StubEsi;
import dev.esi4j.testing.StubEsi.Resp;
import dev.esi4j.testing.TestClients;
import dev.esi4j.testing.TestTokens;
import dev.esi4j.testing.TestTokens.Fake;

class CacheTest {

    private static final String RIFTER = "/universe/types/587";

    private final StubEsi stub = new StubEsi();
    private final FakeTime time = new FakeTime();
    private EsiClient esi = TestClients.client(stub, time);

    @AfterEach
    void close() {
        esi.close();
        stub.close();
    }

    private EsiResponse rifter() {
        return esi.operation("GetUniverseTypesTypeId", Map.of("type_id", 587)).withResponse().result();
    }

    private Resp dated(Resp r) {
        return r.with("Date", http(time.instant()));
    }

    @Test
    @DisplayName("B32 1-3: stale entry revalidated with If-None-Match; a 304 returns the stored body")
    void b32_revalidation_304ReturnsStoredBody() {
        AtomicInteger n = new AtomicInteger();
        stub.on("GET " + RIFTER, r -> n.incrementAndGet() == 1
                ? dated(json(200, "{\"type_id\":587,\"name\":\"Rifter\"}").with("ETag", "\"e1\"")
                        .with("Expires", http(T0.plusSeconds(60))))
                : new Resp(304, Map.of("ETag", "\"e1\""), null, 0));
        assertThat(rifter().cacheHit()).isFalse();
        time.set(T0.plusSeconds(61));
        EsiResponse second = rifter();
        assertThat(second.data().asJsonObject().getString("name")).isEqualTo("Rifter");
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.cacheHit()).isTrue();
        assertThat(stub.requests().get(1).header("If-None-Match")).isEqualTo("\"e1\"");
        time.set(T0.plusSeconds(62));
        rifter();
        assertThat(stub.requests()).hasSize(3);
        assertThat(stub.requests().get(2).header("If-None-Match")).isEqualTo("\"e1\"");
    }

    @Test
    @DisplayName("B32 4: a 304 carrying Expires makes the entry fresh again")
    void b32_304WithExpires_servesFromCache() {
        AtomicInteger n = new AtomicInteger();
        stub.on("GET " + RIFTER, r -> n.incrementAndGet() == 1
                ? dated(json(200, "{\"name\":\"Rifter\"}").with("ETag", "\"e1\"")
                        .with("Expires", http(T0.plusSeconds(60))))
                : dated(new Resp(304, Map.of("ETag", "\"e1\"", "Expires", http(T0.plusSeconds(3600))), null, 0)));
        rifter();
        time.set(T0.plusSeconds(61));
        rifter();
        time.set(T0.plusSeconds(62));
        assertThat(rifter().cacheHit()).isTrue();
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    @DisplayName("B32 5: 304 without a stored entry -> one unconditional refetch; weak ETags echoed verbatim")
    void b32_304WithoutEntry_refetchesOnce() {
        stub.on("GET " + RIFTER, r -> r.header("If-None-Match") != null
                ? new Resp(304, Map.of("ETag", "W/\"e2\""), null, 0)
                : json(200, "{\"name\":\"Rifter\"}").with("ETag", "W/\"e2\""));
        rifter();
        assertThat(rifter().data().asJsonObject().getString("name")).isEqualTo("Rifter");
        assertThat(stub.requests().get(1).header("If-None-Match")).isEqualTo("W/\"e2\"");
        stub.clear();
        stub.on("GET " + RIFTER, r -> r.header("If-None-Match") != null
                ? new Resp(304, Map.of(), null, 0) : json(200, "{\"name\":\"Rifter\"}"));
        EsiClient fresh = TestClients.client(stub, time);
        assertThat(fresh.operation("GetUniverseTypesTypeId", Map.of("type_id", 587))
                .header("If-None-Match", "\"old\"").result().asJsonObject().getString("name")).isEqualTo("Rifter");
        assertThat(stub.requests()).hasSize(2);
        assertThat(stub.requests().get(1).header("If-None-Match")).isNull();
        fresh.close();
    }

    @Test
    @DisplayName("B33a/b: Expires before or equal to Date is not cached; c: a day and 5 s is cached that long")
    void b33_expiresRelativeToDate() {
        Instant date = Instant.parse("2026-01-01T16:00:00Z");
        time.set(date);
        String[] expires = {"Thu, 01 Jan 2026 11:05:00 GMT", "Thu, 01 Jan 2026 16:00:00 GMT",
            "Fri, 02 Jan 2026 16:00:05 GMT"};
        AtomicInteger variant = new AtomicInteger();
        stub.on("GET " + RIFTER, r -> json(200, "{}").with("Date", "Thu, 01 Jan 2026 16:00:00 GMT")
                .with("Expires", expires[variant.get()]));
        rifter();
        rifter();
        assertThat(stub.requests()).hasSize(2);
        variant.set(1);
        rifter();
        rifter();
        assertThat(stub.requests()).hasSize(4);
        variant.set(2);
        rifter();
        time.set(date.plusSeconds(86_404));
        assertThat(rifter().cacheHit()).isTrue();
        time.set(date.plusSeconds(86_406));
        assertThat(rifter().cacheHit()).isFalse();
        assertThat(stub.requests()).hasSize(6);
    }

    @Test
    @DisplayName("B35: pages, languages, characters and POST bodies never share cache entries")
    void b35_cacheKeys_separateRequests() {
        Resp fresh = json(200, "[]").with("Expires", http(T0.plusSeconds(300))).with("Date", http(T0));
        stub.on("GET /markets/10000002/orders", r -> fresh.with("X-Pages", "2"));
        esi.operation("GetMarketsRegionIdOrders", Map.of("region_id", 10000002)).page(1).result();
        esi.operation("GetMarketsRegionIdOrders", Map.of("region_id", 10000002)).page(2).result();
        stub.on("GET " + RIFTER, r -> fresh);
        esi.operation("GetUniverseTypesTypeId", Map.of("type_id", 587)).language("de").result();
        esi.operation("GetUniverseTypesTypeId", Map.of("type_id", 587)).language("en").result();
        stub.on("GET /characters/2147000001/skills", r -> fresh);
        stub.on("GET /characters/2147000002/skills", r -> fresh);
        Fake a = new Fake(TestTokens.CHAR_A, "AT-A", "esi-skills.read_skills.v1");
        Fake b = new Fake(TestTokens.CHAR_B, "AT-B", "esi-skills.read_skills.v1");
        esi.operation("GetCharactersCharacterIdSkills").token(a).result();
        esi.operation("GetCharactersCharacterIdSkills").token(b).result();
        Fake a2 = new Fake(TestTokens.CHAR_B, "AT-B2", "esi-skills.read_skills.v1");
        esi.operation("GetCharactersCharacterIdSkills").token(a2).param("character_id", TestTokens.CHAR_A).result();
        stub.on("POST /universe/names", r -> fresh);
        esi.operation("PostUniverseNames").body(List.of(30000142)).result();
        esi.operation("PostUniverseNames").body(List.of(60003760)).result();
        assertThat(stub.requests()).hasSize(9);
        esi.operation("GetMarketsRegionIdOrders", Map.of("region_id", 10000002)).page(1).result();
        esi.operation("GetUniverseTypesTypeId", Map.of("type_id", 587)).language("de").result();
        esi.operation("GetCharactersCharacterIdSkills").token(a).result();
        assertThat(stub.requests()).hasSize(9);
        esi.operation("PostUniverseNames").body(List.of(30000142)).result();
        assertThat(stub.requests()).hasSize(10);
    }

    @Test
    void ignoreCache_readsFromEsiButStores() {
        stub.on("GET " + RIFTER, r -> json(200, "{}").with("Expires", http(T0.plusSeconds(300))));
        rifter();
        esi.operation("GetUniverseTypesTypeId", Map.of("type_id", 587)).ignoreCache().result();
        assertThat(rifter().cacheHit()).isTrue();
        assertThat(stub.requests()).hasSize(2);
    }

    @Test
    void failingStore_neverFailsACall() {
        esi.close();
        ResponseStore broken = new ResponseStore() {
            @Override
            public Optional<CachedResponse> get(String key) {
                throw new IllegalStateException("cache down");
            }

            @Override
            public void put(String key, CachedResponse entry) {
                throw new IllegalStateException("cache down");
            }

            @Override
            public void remove(String key) {
                throw new IllegalStateException("cache down");
            }
        };
        esi = new ClientAssembly().config(TestClients.config(stub)).clock(time)
                .policies(new Policies().sleeper(time).limitState(new LimitState()).store(broken)).build();
        stub.on("GET " + RIFTER, r -> json(200, "{\"name\":\"Rifter\"}").with("Expires",
                http(T0.plusSeconds(300))));
        assertThat(rifter().data().asJsonObject().getString("name")).isEqualTo("Rifter");
        assertThat(rifter().data().asJsonObject().getString("name")).isEqualTo("Rifter");
        assertThat(time.sleeps()).isEmpty();
        assertThat(Duration.ZERO).isZero();
    }
}
