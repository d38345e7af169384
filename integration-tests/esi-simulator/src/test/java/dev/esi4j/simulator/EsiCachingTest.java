package dev.esi4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EsiCachingTest {

    static final Instant T0 = Instant.parse("2026-01-01T12:00:10Z");

    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension(EsiSimulator.builder()
            .clock(Clock.fixed(T0, ZoneOffset.UTC)));

    @Test
    void answer_carriesEtagLastModifiedExpiresCacheControl(EsiSimulator sim) {
        HttpResponse<String> r = Http.get(sim, "/status");
        assertThat(r.headers().firstValue("ETag")).hasValueSatisfying(e -> assertThat(e).startsWith("\""));
        assertThat(r.headers().firstValue("Last-Modified")).hasValue("Thu, 01 Jan 2026 12:00:00 GMT");
        assertThat(r.headers().firstValue("Expires")).hasValue("Thu, 01 Jan 2026 12:00:30 GMT");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=20");
    }

    @Test
    void dateHeader_comesFromTheSimulatorClockAndCanBeOverridden_b33(EsiSimulator sim) {
        assertThat(Http.get(sim, "/status").headers().allValues("Date")).containsExactly("Thu, 01 Jan 2026 12:00:10 GMT");
        sim.faults().on("GetStatus").inject(Fault.passThrough().withHeader("Date", "Thu, 01 Jan 2026 16:00:00 GMT")
                .withHeader("Expires", "Thu, 01 Jan 2026 11:05:00 GMT"));
        HttpResponse<String> r = Http.get(sim, "/status");
        assertThat(r.headers().allValues("Date")).containsExactly("Thu, 01 Jan 2026 16:00:00 GMT");
        assertThat(r.headers().firstValue("Expires")).hasValue("Thu, 01 Jan 2026 11:05:00 GMT");
    }

    @Test
    void specDocument_isServedAtMetaOpenapi_b45(EsiSimulator sim) {
        HttpResponse<String> r = Http.get(sim, "/meta/openapi.json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(Http.json(r.body()).asJsonObject().getJsonObject("info").getString("version"))
                .isEqualTo("2025-12-16");
        assertThat(sim.journal().count("/meta/openapi.json")).isEqualTo(1);
        sim.faults().on("/meta/openapi.json").inject(Fault.html(503));
        assertThat(Http.get(sim, "/meta/openapi.json").statusCode()).isEqualTo(503);
    }

    @Test
    void ifNoneMatch_gives304WithoutBody_b32(EsiSimulator sim) {
        String etag = Http.get(sim, "/universe/types/587").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> r = Http.get(sim, "/universe/types/587", "If-None-Match", etag);
        assertThat(r.statusCode()).isEqualTo(304);
        assertThat(r.body()).isEmpty();
        assertThat(r.headers().firstValue("ETag")).hasValue(etag);
        assertThat(Http.get(sim, "/universe/types/587", "If-None-Match", "W/" + etag).statusCode())
                .as("weak ETag echoed").isEqualTo(304);
        assertThat(Http.get(sim, "/universe/types/587", "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void ifModifiedSince_gives304WhenNotNewer(EsiSimulator sim) {
        assertThat(Http.get(sim, "/status", "If-Modified-Since", "Thu, 01 Jan 2026 12:00:05 GMT").statusCode())
                .isEqualTo(304);
        assertThat(Http.get(sim, "/status", "If-Modified-Since", "Thu, 01 Jan 2026 11:59:59 GMT").statusCode())
                .isEqualTo(200);
    }

    @Test
    void notModified_doesNotSpendErrorBudget(EsiSimulator sim) {
        String etag = Http.get(sim, "/status").headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> r = Http.get(sim, "/status", "If-None-Match", etag);
        assertThat(r.headers().firstValue("X-Esi-Error-Limit-Remain")).hasValue("100");
    }
}
