package dev.esi4j.demo;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.esi4j.scheduler.JdbcJobLease;
import dev.esi4j.scheduler.JobLease;

/**
 * What the application gives esi4j: its {@link EntityManager} (esi-jpa's token and callback stores use it) and the
 * cluster lease of the cleanup timers, kept in the same database so that several servers sharing it run each
 * cleanup once per schedule.
 */
@ApplicationScoped
public class DemoPersistence {

    @Produces
    @PersistenceContext(unitName = "esi4j-demo")
    EntityManager entityManager;

    @Resource(lookup = DatabaseInfo.DATASOURCE)
    DataSource dataSource;

    /** @return the lease of the cleanup timers, in the demo's database */
    @Produces
    @ApplicationScoped
    JobLease jobLease() {
        JdbcJobLease lease = new JdbcJobLease(dataSource);
        lease.createTableIfNotExists();
        return lease;
    }
}
