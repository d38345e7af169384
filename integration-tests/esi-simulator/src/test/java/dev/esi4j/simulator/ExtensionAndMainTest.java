package dev.esi4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(EsiSimulatorExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExtensionAndMainTest {

    @Test
    @Order(1)
    void injectedSimulator_isRunningOnLoopback(EsiSimulator sim) {
        assertThat(sim.baseUrl()).startsWith("http://127.0.0.1:");
        assertThat(sim.port()).isPositive();
        sim.faults().on("*").inject(Fault.status(500));
        assertThat(Http.get(sim, "/status").statusCode()).isEqualTo(500);
        sim.esi().fixture("/universe/types/587", "{\"type_id\":587,\"name\":\"Rifter\"}");
        sim.esi().pages("GetMarketsRegionIdOrders", 7, 1);
        sim.sso().changeOwner(SimCharacter.PILOT_ALPHA.id(), "OWNER-X");
        sim.sso().autoApprove(SimCharacter.PILOT_ALPHA.id());
    }

    @Test
    @Order(2)
    void faultsAndJournal_areResetBetweenTests(EsiSimulator sim) {
        assertThat(sim.journal().requests()).isEmpty();
        assertThat(Http.get(sim, "/status").statusCode()).isEqualTo(200);
        assertThat(Http.get(sim, "/universe/types/587").body()).doesNotContain("Rifter");
        assertThat(Http.get(sim, "/markets/10000003/orders").headers().firstValue("X-Pages")).hasValue("1");
        assertThat(sim.sso().characters()).contains(SimCharacter.PILOT_ALPHA);
        assertThat(Http.get(sim, "/v2/oauth/authorize?response_type=code&client_id=client-0001&redirect_uri=x&state=s")
                .statusCode()).as("page, not auto-approved redirect").isEqualTo(200);
    }

    @Nested
    class Inner {
        @Test
        void nestedClass_getsTheSameSimulator(EsiSimulator sim) {
            assertThat(Http.get(sim, "/status").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void main_parsesFlagsIntoAWorkingSimulator() {
        EsiSimulatorBuilder b = EsiSimulatorMain.parse(new String[] {"--port", "0", "--seed", "5", "--spec",
            "2020-01-01", "--character", "2147000009:Pilot Nine:OWNER-9", "--client", "cli:sec", "--issuer", "self",
            "--pages", "2:4"});
        try (EsiSimulator sim = b.start()) {
            assertThat(sim.sso().characters()).extracting(SimCharacter::name).containsExactly("Pilot Nine");
            HttpResponse<String> r = Http.get(sim, "/status", "X-Compatibility-Date", "2020-01-01");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(Http.json(Http.get(sim, "/.well-known/oauth-authorization-server").body()).asJsonObject()
                    .getString("issuer")).isEqualTo(sim.baseUrl());
        }
    }

    @Test
    void main_readsFlagsFromConfigFile(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("sim.conf");
        Files.writeString(config, "# simulator\nseed 9\ncharacter 2147000011:Pilot Eleven:OWNER-11\n"
                + "character=2147000012:Pilot Twelve:OWNER-12\ncallback https://app.test/cb\n");
        try (EsiSimulator sim = EsiSimulatorMain.parse(new String[] {"--config", config.toString()}).start()) {
            assertThat(sim.sso().characters()).extracting(SimCharacter::id).containsExactly(2147000011L, 2147000012L);
            assertThat(Http.get(sim, "/v2/oauth/authorize?response_type=code&client_id=client-0001"
                    + "&redirect_uri=https://other.test/&state=s").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void main_rejectsUnknownFlags() {
        assertThatThrownBy(() -> EsiSimulatorMain.parse(new String[] {"--nope", "1"}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EsiSimulatorMain.parse(new String[] {"--port"}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
