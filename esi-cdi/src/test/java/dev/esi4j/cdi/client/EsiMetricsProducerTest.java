package dev.esi4j.cdi.client;

import static dev.esi4j.testing.StubEsi.Resp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.esi4j.EsiClient;
import dev.esi4j.EsiHttpException;
import dev.esi4j.EsiMetrics;
import dev.esi4j.EsiOperationStats;
import dev.esi4j.cdi.EsiClientProducer;
import dev.esi4j.config.EsiConfig;
import dev.esi4j.testing.StubEsi;
import dev.esi4j.testing.TestClients;

/** MISSION 4.20: the injected EsiMetrics counts the injected client's calls per operation without any wiring. */
@EnableWeld
class EsiMetricsProducerTest {

    static final StubEsi STUB = new StubEsi();

    /** Test configuration. */
    @ApplicationScoped
    public static class Fixtures {
        @Produces
        EsiConfig config() {
            return TestClients.config(STUB);
        }
    }

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(EsiClientProducer.class, EsiMetrics.class, Fixtures.class)
            .activate(ApplicationScoped.class).build();

    @Inject
    EsiClient esi;

    @Inject
    EsiMetrics metrics;

    @AfterAll
    static void stop() {
        STUB.close();
    }

    @Test
    void injectedMetrics_countCallsCacheHitsAndErrorsPerOperation() {
        STUB.on("GET /status", r -> json(200, "{\"players\":7}").with("Expires", "Thu, 01 Jan 2099 00:00:00 GMT"));
        STUB.on("GET /characters/1/", r -> json(404, "{\"error\":\"Character not found\"}"));

        esi.operation("GetStatus").result();
        esi.operation("GetStatus").result();
        assertThatThrownBy(() -> esi.operation("GetCharactersCharacterId", Map.of("character_id", 1)).result())
                .isInstanceOf(EsiHttpException.class);

        EsiOperationStats status = metrics.operation("GetStatus");
        assertThat(status.calls()).isEqualTo(2);
        assertThat(status.cacheHits()).isEqualTo(1);
        assertThat(status.errors()).isZero();
        assertThat(status.statusCounts()).containsEntry(200, 2L);
        EsiOperationStats character = metrics.operation("GetCharactersCharacterId");
        assertThat(character.errors()).isEqualTo(1);
        assertThat(character.statusCounts()).containsEntry(404, 1L);
        assertThat(metrics.snapshot()).containsOnlyKeys("GetCharactersCharacterId", "GetStatus");
        assertThat(metrics.prometheus())
                .contains("esi_calls_total{operation=\"GetStatus\"} 2")
                .contains("esi_responses_total{operation=\"GetCharactersCharacterId\",status=\"404\"} 1");
    }
}
