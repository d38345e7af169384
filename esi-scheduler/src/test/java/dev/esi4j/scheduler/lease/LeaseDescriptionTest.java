package dev.esi4j.scheduler.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;

import org.junit.jupiter.api.Test;

import dev.esi4j.scheduler.JdbcJobLease;
import dev.esi4j.scheduler.JobLease;
import dev.esi4j.scheduler.internal.JobRunner;
import dev.esi4j.scheduler.internal.LocalJobLease;

/** The startup log and the demo's cleanup page name the lease in use, also through a CDI client proxy. */
class LeaseDescriptionTest {

    @Test
    void leaseBehindAClientProxy_isNamedByItsImplementation() {
        JdbcJobLease jdbc = new JdbcJobLease(Databases.h2Pooled("jdbc:h2:mem:describe;DB_CLOSE_DELAY=-1"),
                JdbcJobLease.DEFAULT_TABLE, "node-a", Clock.systemUTC());
        JobLease proxy = (JobLease) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {JobLease.class},
                (p, method, args) -> {
                    try {
                        return method.invoke(jdbc, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });

        assertThat(new JobRunner(proxy, run -> { }).leaseDescription())
                .isEqualTo("JdbcJobLease (table esi_job_lease, node node-a)");
    }

    @Test
    void localLease_saysEachNodeRunsEveryJob() {
        assertThat(new JobRunner(new LocalJobLease(Clock.systemUTC()), run -> { }).leaseDescription())
                .startsWith("none (each node runs every job");
    }
}
