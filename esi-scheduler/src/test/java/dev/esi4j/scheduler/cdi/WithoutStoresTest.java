package dev.esi4j.scheduler.cdi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import dev.esi4j.scheduler.CleanupJob;
import dev.esi4j.scheduler.CleanupJobs;

/** Without token SPI beans the jobs bean still deploys; the jobs report themselves unavailable. */
class WithoutStoresTest {

    @Test
    void noStoresDeployed_jobsUnavailableAndDirectCallExplains() {
        try (WeldContainer container = new Weld().disableDiscovery()
                .addBeanClasses(CleanupJobs.class, TestBeans.class).initialize()) {
            CleanupJobs jobs = container.select(CleanupJobs.class).get();

            assertThat(jobs.isAvailable(CleanupJob.CALLBACK_REDIRECTS)).isFalse();
            assertThat(jobs.isAvailable(CleanupJob.TOKENS)).isFalse();
            assertThatThrownBy(jobs::cleanupTokens).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ESI30006").hasMessageContaining("TokenStore");
        }
    }
}
