package dev.esi4j.scheduler.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.esi4j.scheduler.JdbcJobLease;
import dev.esi4j.scheduler.JobLease;

/** The database lease on Mariadb (the local server CI starts; profile {@code db-it}). */
class JdbcJobLeaseMariadbIT extends JobLeaseContract {

    private final String table = Databases.uniqueTable();
    private boolean created;

    @Override
    protected JobLease newNode() {
        JdbcJobLease lease = new JdbcJobLease(Databases.mariadb(), table, UUID.randomUUID().toString(), clock);
        if (!created) {
            lease.createTableIfNotExists();
            created = true;
        }
        return lease;
    }

    @AfterEach
    void dropTable() {
        Databases.drop(Databases.mariadb(), table);
    }

    @Test
    void twoRunnersFireForEverySlot_eachSlotRunsExactlyOnce() throws Exception {
        DataSource ds = Databases.mariadb();
        JdbcJobLease a = new JdbcJobLease(ds, table, "node-a", Clock.systemUTC());
        JdbcJobLease b = new JdbcJobLease(Databases.mariadb(), table, "node-b", Clock.systemUTC());
        a.createTableIfNotExists();

        Map<Long, AtomicInteger> runs = LeaseRace.run(List.<JobLease>of(a, b), 200);

        assertThat(runs).hasSize(200);
        assertThat(runs.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
    }
}
