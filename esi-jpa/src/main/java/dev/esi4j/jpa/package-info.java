/**
 * JPA implementation of the token SPI: entities for the {@code esi_} tables, {@link dev.esi4j.jpa.JpaTokenStore}
 * and {@link dev.esi4j.jpa.JpaCallbackRedirectStore}.
 *
 * <p>The application owns the persistence unit. Add the entities with one line in its {@code persistence.xml}
 * and expose an {@code EntityManager} through a CDI producer:
 * <pre>
 * &lt;persistence-unit name="app"&gt;
 *   &lt;jta-data-source&gt;jdbc/app&lt;/jta-data-source&gt;
 *   &lt;mapping-file&gt;META-INF/esi4j/orm.xml&lt;/mapping-file&gt;
 * &lt;/persistence-unit&gt;
 *
 * &#64;ApplicationScoped
 * public class Persistence {
 *     &#64;Produces &#64;PersistenceContext(unitName = "app")
 *     EntityManager em;
 * }
 * </pre>
 * Create the tables with {@code META-INF/esi4j/sql/<database>/V1__create.sql} (H2, PostgreSQL, MariaDB). Deploying
 * the esi-jpa jar then replaces the in-memory stores. Without CDI: {@code JpaTokenStore.create(emf)}.
 */
package dev.esi4j.jpa;
