package dev.esi4j.cdi.client;

import static dev.esi4j.testing.StubEsi.Resp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import org.jboss.weld.junit5.EnableWeld;
import org.jboss.weld.junit5.WeldInitiator;
import org.jboss.weld.junit5.WeldSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.esi4j.EsiCallEvent;
import dev.esi4j.EsiClient;
import dev.esi4j.EsiException;
import dev.esi4j.cdi.EsiClientProducer;
import dev.esi4j.cdi.EsiReadinessCheck;
import dev.esi4j.config.EsiConfig;
import dev.esi4j.testing.StubEsi;
import dev.esi4j.testing.TestClients;

@EnableWeld
class EsiClientProducerTest {

    static final StubEsi STUB = new StubEsi();
    static final List<EsiCallEvent> EVENTS = new CopyOnWriteArrayList<>();

    /** Test configuration and event observer. */
    @ApplicationScoped
    public static class Fixtures {
        @Produces
        EsiConfig config() {
            return TestClients.config(STUB);
        }

        void observe(@Observes EsiCallEvent event) {
            EVENTS.add(event);
        }
    }

    @WeldSetup
    WeldInitiator weld = WeldInitiator.from(EsiClientProducer.class, EsiReadinessCheck.class, Fixtures.class)
            .activate(ApplicationScoped.class).build();

    @Inject
    EsiClient esi;

    @AfterAll
    static void stop() {
        STUB.close();
    }

    @Test
    void injectedClient_callsAndFiresCdiEvent() {
        STUB.on("GET /status", r -> json(200, "{\"players\":7}"));
        assertThat(esi.operation("GetStatus").result().asJsonObject().getInt("players")).isEqualTo(7);
        assertThat(EVENTS).anySatisfy(e -> {
            assertThat(e.operationId()).isEqualTo("GetStatus");
            assertThat(e.status()).isEqualTo(200);
            assertThat(e.path()).isEqualTo("/status");
        });
    }

    @Inject
    @org.eclipse.microprofile.health.Readiness
    EsiReadinessCheck readiness;

    @Test
    void readiness_upWithSpecVersion() {
        org.eclipse.microprofile.health.HealthCheckResponse r = readiness.call();
        assertThat(r.getStatus()).isEqualTo(org.eclipse.microprofile.health.HealthCheckResponse.Status.UP);
        assertThat(r.getData().orElseThrow()).containsEntry("spec", "2025-12-16");
    }

    @Test
    void shutdown_closesTheClient() {
        EsiClient underlying = (EsiClient) ((org.jboss.weld.proxy.WeldClientProxy) esi).getMetadata()
                .getContextualInstance();
        assertThat(underlying.tags()).isNotEmpty();
        weld.shutdown();
        assertThatThrownBy(() -> underlying.operation("GetStatus")).isInstanceOf(EsiException.class)
                .hasMessageContaining("closed");
    }
}
