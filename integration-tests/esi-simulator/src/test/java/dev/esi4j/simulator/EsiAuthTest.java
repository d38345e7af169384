package dev.esi4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EsiAuthTest {

    static final String SKILLS = "esi-skills.read_skills.v1";
    static final long ALPHA = SimCharacter.PILOT_ALPHA.id();

    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension();

    @Test
    void validTokenWithScope_isServed(EsiSimulator sim) {
        String token = sim.sso().accessToken(ALPHA, SKILLS);
        HttpResponse<String> r = Http.get(sim, "/characters/" + ALPHA + "/skills", "Authorization", "Bearer " + token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> v.startsWith("private"));
    }

    @Test
    void missingToken_is401WithEsiError(EsiSimulator sim) {
        HttpResponse<String> r = Http.get(sim, "/characters/" + ALPHA + "/skills");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(Http.json(r.body()).asJsonObject().getInt("status")).isEqualTo(401);
    }

    @Test
    void missingScope_is403(EsiSimulator sim) {
        String token = sim.sso().accessToken(ALPHA, "esi-wallet.read_character_wallet.v1");
        HttpResponse<String> r = Http.get(sim, "/characters/" + ALPHA + "/skills", "Authorization", "Bearer " + token);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains(SKILLS);
    }

    @Test
    void otherCharactersPath_is403(EsiSimulator sim) {
        String token = sim.sso().accessToken(ALPHA, SKILLS);
        HttpResponse<String> r = Http.get(sim, "/characters/2147000002/skills", "Authorization", "Bearer " + token);
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void expiredToken_is403WithSsoStatus_b05(EsiSimulator sim) {
        long exp = Instant.now().minusSeconds(60).getEpochSecond();
        String token = sim.sso().sign(Map.of("sub", "CHARACTER:EVE:" + ALPHA, "scp", SKILLS, "exp", exp,
                "aud", java.util.List.of("client-0001", "EVE Online")), Map.of());
        HttpResponse<String> r = Http.get(sim, "/characters/" + ALPHA + "/skills", "Authorization", "Bearer " + token);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("expired").contains("sso_status");
    }

    @Test
    void tokenSignedByUnknownKey_is401(EsiSimulator sim) {
        String token = sim.sso().sign(Map.of("sub", "CHARACTER:EVE:" + ALPHA, "scp", SKILLS,
                "exp", Instant.now().plusSeconds(600).getEpochSecond()), Map.of("kid", "key-X"));
        HttpResponse<String> r = Http.get(sim, "/characters/" + ALPHA + "/skills", "Authorization", "Bearer " + token);
        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void tokenLongerThan4096_is403AuthenticationFailure_b09(EsiSimulator sim) {
        HttpResponse<String> r = Http.get(sim, "/characters/" + ALPHA + "/skills", "Authorization",
                "Bearer " + "x".repeat(4200));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("authentication failure");
    }

    @Test
    void es256Token_isAccepted(EsiSimulator sim) {
        String token = sim.sso().sign(Map.of("sub", "CHARACTER:EVE:" + ALPHA, "scp", SKILLS,
                "exp", Instant.now().plusSeconds(600).getEpochSecond()), Map.of("alg", "ES256"));
        HttpResponse<String> r = Http.get(sim, "/characters/" + ALPHA + "/skills", "Authorization", "Bearer " + token);
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void fixedClock_expiresTokensByThatClock() {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneOffset.UTC);
        try (EsiSimulator sim = EsiSimulator.builder().clock(clock).tokenLifetime(Duration.ofSeconds(60)).start()) {
            String token = sim.sso().accessToken(ALPHA, SKILLS);
            HttpResponse<String> r = Http.get(sim, "/characters/" + ALPHA + "/skills", "Authorization",
                    "Bearer " + token, "X-Compatibility-Date", "2025-12-16");
            assertThat(r.statusCode()).isEqualTo(200);
        }
    }
}
