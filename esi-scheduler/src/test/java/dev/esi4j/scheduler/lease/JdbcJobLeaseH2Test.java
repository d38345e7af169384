package dev.esi4j.scheduler.lease;

import java.util.UUID;

import javax.sql.DataSource;

import dev.esi4j.scheduler.JdbcJobLease;
import dev.esi4j.scheduler.JobLease;

/** The database lease on H2: two nodes are two leases with their own data sources over one database. */
class JdbcJobLeaseH2Test extends JobLeaseContract {

    private final String url = "jdbc:h2:mem:lease" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private boolean created;

    @Override
    protected JobLease newNode() {
        DataSource ds = Databases.h2(url);
        JdbcJobLease lease = new JdbcJobLease(ds, JdbcJobLease.DEFAULT_TABLE, UUID.randomUUID().toString(), clock);
        if (!created) {
            lease.createTableIfNotExists();
            created = true;
        }
        return lease;
    }
}
