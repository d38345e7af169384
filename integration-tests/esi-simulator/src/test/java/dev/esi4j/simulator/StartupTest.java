package dev.esi4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupTest {

    @Test
    void twoSimulators_runSideBySideOnOwnPortsAndKeys() {
        try (EsiSimulator a = EsiSimulator.builder().start(); EsiSimulator b = EsiSimulator.builder().start()) {
            assertThat(a.port()).isNotEqualTo(b.port());
            String tokenFromA = a.sso().accessToken(SimCharacter.PILOT_ALPHA.id(), "esi-skills.read_skills.v1");
            assertThat(Http.get(b, "/characters/2147000001/skills", "Authorization", "Bearer " + tokenFromA)
                    .statusCode()).as("b does not trust a's keys").isEqualTo(401);
        }
    }
}
