package dev.esi4j.scheduler.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.esi4j.scheduler.JdbcJobLease;
import dev.esi4j.scheduler.JobLease;

/** Two job runners with their own connections to one H2 server race for the same 300 slots. */
class TwoRunnersSharingOneDatabaseTest {

    private Server server;
    private String url;

    @BeforeEach
    void startServer() throws Exception {
        server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/mem:race" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void twoRunnersFireForEverySlot_eachSlotRunsExactlyOnce() throws Exception {
        JdbcJobLease a = new JdbcJobLease(Databases.h2Pooled(url), JdbcJobLease.DEFAULT_TABLE, "node-a",
                java.time.Clock.systemUTC());
        JdbcJobLease b = new JdbcJobLease(Databases.h2Pooled(url), JdbcJobLease.DEFAULT_TABLE, "node-b",
                java.time.Clock.systemUTC());
        a.createTableIfNotExists();

        Map<Long, AtomicInteger> runs = LeaseRace.run(List.<JobLease>of(a, b), 300);

        assertThat(runs).hasSize(300);
        assertThat(runs.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    }
}
