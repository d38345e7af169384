package dev.esi4j.client;

import static dev.esi4j.testing.StubEsi.Resp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.EsiClient;
import dev.esi4j.EsiSpecException;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.internal.spec.SpecSources;
import dev.esi4j.testing.FakeTime;
import dev.esi4j.testing.StubEsi;
import dev.esi4j.testing.StubEsi.Resp;
import dev.esi4j.testing.TestClients;

class SpecLoadingTest {

    private static final String SPEC_PATH = "/meta/openapi.json";
    private static final String SPEC_TEXT = read(SpecSources.BUNDLED);

    private final StubEsi stub = new StubEsi();
    private final FakeTime time = new FakeTime();
    private EsiClient esi;

    @AfterEach
    void close() {
        if (esi != null) {
            esi.close();
        }
        stub.close();
    }

    private static String read(String resource) {
        try (InputStream in = SpecLoadingTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private EsiClient fetching(String... more) {
        String[] pairs = new String[more.length + 2];
        pairs[0] = EsiConfigKeys.SPEC_FETCH;
        pairs[1] = "true";
        System.arraycopy(more, 0, pairs, 2, more.length);
        return TestClients.client(stub, time, pairs);
    }

    @Test
    @DisplayName("B45a: a local spec file wins; the failing spec endpoint is never asked")
    void b45a_localFile_noSpecRequests() {
        stub.on("GET " + SPEC_PATH, r -> Resp.of(503, "text/html", "<html>down</html>"));
        stub.on("GET /route/30000142/30002187", r -> json(200, "[30000142,30002187]"));
        esi = fetching(EsiConfigKeys.SPEC_FILE, "classpath:/specs/esi-openapi-3.1-2020-01-01-compat.json",
                EsiConfigKeys.COMPATIBILITY_DATE, "2020-01-01");
        assertThat(esi.spec().version()).isEqualTo("2020-01-01");
        esi.operation("GetRouteOriginDestination", Map.of("origin", 30000142, "destination", 30002187)).result();
        assertThat(stub.requests(SPEC_PATH)).isEmpty();
        assertThat(stub.requests().get(0).header("X-Compatibility-Date")).isEqualTo("2020-01-01");
    }

    @Test
    @DisplayName("B45b: spec unavailable at first -> clear error, not cached; works after recovery")
    void b45b_unavailableThenHealthy_recovers() {
        AtomicReference<Resp> spec = new AtomicReference<>(Resp.of(503, "text/html", "<html>down</html>"));
        stub.on("GET " + SPEC_PATH, r -> spec.get());
        stub.on("GET /status", r -> json(200, "{}"));
        esi = fetching();
        assertThatThrownBy(() -> esi.operation("GetStatus")).isInstanceOf(EsiSpecException.class)
                .hasMessageContaining("spec unavailable").hasMessageContaining("503")
                .hasMessageContaining("esi.spec-file");
        spec.set(json(200, SPEC_TEXT));
        esi.operation("GetStatus").result();
        assertThat(stub.requests(SPEC_PATH)).hasSize(2);
        StubEsi.Req specRequest = stub.requests(SPEC_PATH).get(1);
        assertThat(specRequest.query()).containsEntry("compatibility_date", "2025-12-16");
        assertThat(specRequest.header("User-Agent")).startsWith("TestApp/1.2.3");
    }

    @Test
    @DisplayName("B45c: a cached spec is used until its TTL, then the last good one survives a failing refresh")
    void b45c_cachedThenLastKnownGood() {
        AtomicReference<Resp> spec = new AtomicReference<>(json(200, SPEC_TEXT));
        stub.on("GET " + SPEC_PATH, r -> spec.get());
        esi = fetching(EsiConfigKeys.SPEC_CACHE_DURATION, "3600s");
        assertThat(esi.operations()).hasSize(208);
        spec.set(json(404, "{\"error\":\"not found\"}"));
        time.advance(Duration.ofSeconds(1800));
        assertThat(esi.operations()).hasSize(208);
        assertThat(stub.requests(SPEC_PATH)).hasSize(1);
        time.advance(Duration.ofSeconds(1801));
        assertThat(esi.operations()).hasSize(208);
        assertThat(stub.requests(SPEC_PATH)).hasSize(2);
    }

    @Test
    @DisplayName("B45d: a moved spec URL (301) is followed")
    void b45d_redirect_followed() {
        stub.on("GET " + SPEC_PATH, r -> new Resp(301, Map.of("Location", stub.url() + "/new/openapi.json"), null,
                0));
        stub.on("GET /new/openapi.json", r -> json(200, SPEC_TEXT));
        esi = fetching();
        assertThat(esi.spec().version()).isEqualTo("2025-12-16");
    }

    @Test
    @DisplayName("MISSION 4.3: an override naming a tag the spec lacks fails at build time")
    void compatibilityOverride_unknownTag_failsAtBuild() {
        assertThatThrownBy(() -> TestClients.client(stub, time, EsiConfigKeys.COMPATIBILITY_DATE_OVERRIDES,
                "Bookmarks=2020-01-01")).isInstanceOf(EsiSpecException.class).hasMessageContaining("Bookmarks");
    }

    @Test
    @DisplayName("MISSION 4.3: per-tag override is sent for that tag; operations newer than it are refused")
    void compatibilityOverride_sentPerTag() {
        stub.on("GET /universe/factions", r -> json(200, "[]"));
        stub.on("GET /status", r -> json(200, "{}"));
        esi = TestClients.client(stub, time, EsiConfigKeys.COMPATIBILITY_DATE_OVERRIDES, "Universe=2020-01-01");
        esi.operation("GetUniverseFactions").result();
        esi.operation("GetStatus").result();
        assertThat(stub.requests().get(0).header("X-Compatibility-Date")).isEqualTo("2020-01-01");
        assertThat(stub.requests().get(1).header("X-Compatibility-Date")).isEqualTo("2025-12-16");
        esi.close();
        esi = TestClients.client(stub, time, EsiConfigKeys.COMPATIBILITY_DATE_OVERRIDES, "Routes=2020-01-01");
        assertThatThrownBy(() -> esi.operation("PostRoute")).isInstanceOf(EsiSpecException.class)
                .hasMessageContaining("2025-09-30").hasMessageContaining("2020-01-01");
    }
}
