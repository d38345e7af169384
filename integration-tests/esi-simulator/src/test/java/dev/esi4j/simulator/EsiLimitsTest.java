package dev.esi4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EsiLimitsTest {

    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension(EsiSimulator.builder()
            .errorLimit(3, Duration.ofHours(1)).rateLimit("status", 5, Duration.ofMinutes(15)));

    @Test
    void errors_spendBudgetThen420OnEveryRoute_b37(EsiSimulator sim) {
        HttpResponse<String> first = Http.get(sim, "/universe/types/abc/none");
        assertThat(first.statusCode()).isEqualTo(404);
        assertThat(first.headers().firstValue("X-Esi-Error-Limit-Remain")).hasValue("2");
        assertThat(first.headers().firstValue("X-Esi-Error-Limit-Reset")).hasValueSatisfying(
                v -> assertThat(Long.parseLong(v)).isBetween(1L, 3600L));
        Http.get(sim, "/no/such");
        Http.get(sim, "/no/such");
        HttpResponse<String> limited = Http.get(sim, "/universe/types/34");
        assertThat(limited.statusCode()).isEqualTo(420);
        assertThat(limited.body()).contains("This software has exceeded the error limit for ESI.");
        assertThat(limited.headers().firstValue("X-Esi-Error-Limit-Remain")).hasValue("0");
        assertThat(sim.esi().errorLimitRemaining()).isZero();
        sim.esi().resetLimits();
        assertThat(Http.get(sim, "/universe/types/34").statusCode()).isEqualTo(200);
    }

    @Test
    void injected5xx_spendBudgetToo(EsiSimulator sim) {
        sim.faults().on("GetUniverseTypesTypeId").times(1).inject(Fault.status(502));
        HttpResponse<String> r = Http.get(sim, "/universe/types/34");
        assertThat(r.statusCode()).isEqualTo(502);
        assertThat(r.headers().firstValue("X-Esi-Error-Limit-Remain")).hasValue("2");
    }

    @Test
    void rateLimitBucket_headersThen429WithRetryAfter_b39(EsiSimulator sim) {
        HttpResponse<String> r = Http.get(sim, "/status");
        assertThat(r.headers().firstValue("X-Ratelimit-Group")).hasValue("status");
        assertThat(r.headers().firstValue("X-Ratelimit-Limit")).hasValue("5/15m");
        assertThat(r.headers().firstValue("X-Ratelimit-Used")).hasValue("2");
        assertThat(r.headers().firstValue("X-Ratelimit-Remaining")).hasValue("3");
        Http.get(sim, "/status");
        Http.get(sim, "/status");
        HttpResponse<String> limited = Http.get(sim, "/status");
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(
                v -> assertThat(Long.parseLong(v)).isBetween(1L, 900L));
        assertThat(limited.headers().firstValue("X-Ratelimit-Remaining")).hasValue("0");
        assertThat(Http.get(sim, "/universe/types/34").statusCode()).as("other groups unaffected").isEqualTo(200);
    }

    @Test
    void rateLimitingOff_neverAnswers429AndSendsNoBucketHeaders() {
        try (EsiSimulator sim = EsiSimulator.builder().rateLimiting(false).journalSize(0)
                .rateLimit("status", 1, Duration.ofMinutes(15)).start()) {
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> r = Http.get(sim, "/status");
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.headers().firstValue("X-Ratelimit-Group")).isEmpty();
            }
            assertThat(sim.journal().requests()).as("journal off").isEmpty();
        }
    }

    @Test
    void rateLimitBuckets_arePerCharacter(EsiSimulator sim) {
        String scope = "esi-skills.read_skills.v1";
        long alpha = SimCharacter.PILOT_ALPHA.id();
        HttpResponse<String> a = Http.get(sim, "/characters/" + alpha + "/skills", "Authorization",
                "Bearer " + sim.sso().accessToken(alpha, scope));
        long bravo = SimCharacter.PILOT_BRAVO.id();
        HttpResponse<String> b = Http.get(sim, "/characters/" + bravo + "/skills", "Authorization",
                "Bearer " + sim.sso().accessToken(bravo, scope));
        assertThat(a.headers().firstValue("X-Ratelimit-Remaining"))
                .isEqualTo(b.headers().firstValue("X-Ratelimit-Remaining"));
    }
}
