package dev.esi4j.scheduler.cdi;

import static dev.esi4j.token.testing.TokenFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.esi4j.cdi.TokenProducers;
import dev.esi4j.scheduler.CleanupJob;
import dev.esi4j.scheduler.CleanupJobs;
import dev.esi4j.scheduler.CleanupRun;
import dev.esi4j.sso.SsoConfigurationException;
import dev.esi4j.token.CallbackRedirect;
import dev.esi4j.token.CallbackRedirectStore;
import dev.esi4j.token.TokenService;

/** Component tests: the jobs bean in a CDI container with the token SPI's default (in-memory) beans. */
class CleanupJobsTest {

    private WeldContainer container;
    private CleanupJobs jobs;
    private TestBeans app;

    @BeforeEach
    void start() {
        container = new Weld().disableDiscovery()
                .addBeanClasses(TokenProducers.class, CleanupJobs.class, TestBeans.class).initialize();
        jobs = container.select(CleanupJobs.class).get();
        app = container.select(TestBeans.class).get();
    }

    @AfterEach
    void stop() {
        container.close();
    }

    private void oldFlow(String state) {
        container.select(CallbackRedirectStore.class).get().save(new CallbackRedirect(state, "S1", null, "GET",
                "/app", null, Set.of(A), false, false, Instant.now().minusSeconds(3600)));
    }

    @Test
    void cleanupCalledFromApplicationCode_runsAndFiresOneEvent() {
        oldFlow("ST-1");
        oldFlow("ST-2");

        CleanupRun run = jobs.cleanupCallbackRedirects();

        assertThat(run.removed()).isEqualTo(2);
        assertThat(app.runs()).containsExactly(run);
    }

    @Test
    void bothNodesTimersFireForOneSlot_runsOnceWithoutLeaseBeanInOneJvm() {
        Instant slot = Instant.parse("2026-12-03T04:00:00Z");

        assertThat(jobs.runScheduled(CleanupJob.CALLBACK_REDIRECTS, slot)).isPresent();
        assertThat(jobs.runScheduled(CleanupJob.CALLBACK_REDIRECTS, slot)).isEmpty();
        assertThat(jobs.runScheduled(CleanupJob.CALLBACK_REDIRECTS, slot.plusSeconds(14400))).isPresent();
        assertThat(app.runs()).hasSize(2);
        assertThat(jobs.leaseDescription()).startsWith("none");
    }

    @Test
    void failingRun_firesIncompleteEventAndRethrows() {
        TokenService service = container.select(TokenService.class).get();
        service.saveLogin(sso("AT-0", "RT-1", CHAR_A, OWNER_A, Instant.now().minusSeconds(60), A), U1);
        app.fakeSso().fail("RT-1", new SsoConfigurationException("invalid_client"));

        assertThatThrownBy(jobs::cleanupTokens).isInstanceOf(SsoConfigurationException.class);

        assertThat(app.runs()).singleElement().satisfies(run -> {
            assertThat(run.completed()).isFalse();
            assertThat(run.failures()).isEqualTo(1);
            assertThat(run.job()).isEqualTo(CleanupJob.TOKENS);
        });
    }

    @Test
    void defaultBeansDeployed_bothJobsAvailable() {
        assertThat(jobs.isAvailable(CleanupJob.CALLBACK_REDIRECTS)).isTrue();
        assertThat(jobs.isAvailable(CleanupJob.TOKENS)).isTrue();
    }
}
