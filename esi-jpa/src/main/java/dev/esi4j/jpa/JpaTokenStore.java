package dev.esi4j.jpa;

import static dev.esi4j.jpa.internal.TokenMapping.toData;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;

import dev.esi4j.jpa.internal.JpaTx;
import dev.esi4j.jpa.internal.TokenJpql;
import dev.esi4j.jpa.internal.TokenMapping;
import dev.esi4j.token.Scope;
import dev.esi4j.token.TokenCriteria;
import dev.esi4j.token.TokenData;
import dev.esi4j.token.TokenException;
import dev.esi4j.token.TokenStore;

/**
 * {@link TokenStore} on JPA. Deployed with esi-jpa it replaces the in-memory default (an enabled alternative of
 * library priority; an application alternative of higher priority replaces it in turn). It uses the application's
 * {@link EntityManager} (see the package documentation), joining the caller's JTA transaction or beginning its own.
 *
 * <p>Queries are single statements (scope conditions are subqueries; scopes are fetched in the same statement).
 * {@link #updateLocked} takes a pessimistic write lock ({@code SELECT ... FOR UPDATE}) on the token row and keeps it
 * until its transaction ends, so one refresh happens per token across all nodes sharing the database. On H2 set
 * {@code LOCK_TIMEOUT} in the JDBC URL above the SSO timeout (H2's default is one second).
 *
 * <p>Without CDI: {@code TokenStore store = JpaTokenStore.create(entityManagerFactory);}
 *
 * @since 0.1
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class JpaTokenStore implements TokenStore {

    private static final int CHUNK = 500;
    private static final Map<String, Object> FRESH = Map.of("jakarta.persistence.cache.retrieveMode",
            CacheRetrieveMode.BYPASS, "jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH);
    private static final String SELECT_FETCH = "SELECT t FROM EsiToken t LEFT JOIN FETCH t.scopes";

    private final JpaTx tx;

    /** For CDI proxies. */
    protected JpaTokenStore() {
        this.tx = null;
    }

    /** @param em the application's entity manager (CDI producer) */
    @Inject
    public JpaTokenStore(EntityManager em) {
        this(JpaTx.forEntityManager(em));
    }

    JpaTokenStore(JpaTx tx) {
        this.tx = tx;
    }

    /**
     * @param emf a factory of a persistence unit that includes {@code META-INF/esi4j/orm.xml} (resource-local)
     * @return a store using a new entity manager and transaction per operation
     */
    public static JpaTokenStore create(EntityManagerFactory emf) {
        return new JpaTokenStore(JpaTx.forFactory(emf));
    }

    @Override
    public TokenData save(TokenData token) {
        return tx.inTransaction(em -> {
            EsiTokenEntity entity = token.id() == null ? new EsiTokenEntity()
                    : em.find(EsiTokenEntity.class, token.id(), FRESH);
            if (entity == null) {
                throw new TokenException("Token " + token.id() + " no longer exists");
            }
            TokenMapping.copy(em, token, entity);
            if (token.id() == null) {
                em.persist(entity);
            }
            em.flush();
            return toData(entity);
        });
    }

    @Override
    public Optional<TokenData> findOptionalById(long id) {
        return tx.inTransaction(em -> Optional.ofNullable(em.find(EsiTokenEntity.class, id, FRESH))
                .map(TokenMapping::toData));
    }

    @Override
    public List<TokenData> findBy(TokenCriteria criteria) {
        if (criteria.nothing()) {
            return List.of();
        }
        TokenJpql jpql = TokenJpql.of(criteria);
        return tx.inTransaction(em -> distinct(jpql.bind(em.createQuery(SELECT_FETCH + jpql.where()
                + " ORDER BY t.id DESC", EsiTokenEntity.class)).setHint("jakarta.persistence.cache.retrieveMode",
                CacheRetrieveMode.BYPASS).getResultList()));
    }

    @Override
    public List<TokenData> findBy(TokenCriteria criteria, int start, int max) {
        if (criteria.nothing()) {
            return List.of();
        }
        return tx.inTransaction(em -> {
            List<Long> ids = ids(em, criteria, start, max);
            List<TokenData> page = new ArrayList<>();
            for (List<Long> chunk : chunks(ids)) {
                page.addAll(distinct(em.createQuery(SELECT_FETCH + " WHERE t.id IN :ids", EsiTokenEntity.class)
                        .setParameter("ids", chunk).getResultList()));
            }
            page.sort(Comparator.comparing(TokenData::id).reversed());
            return page;
        });
    }

    @Override
    public long countBy(TokenCriteria criteria) {
        if (criteria.nothing()) {
            return 0;
        }
        TokenJpql jpql = TokenJpql.of(criteria);
        return tx.inTransaction(em -> jpql.bind(em.createQuery("SELECT COUNT(t) FROM EsiToken t" + jpql.where(),
                Long.class)).getSingleResult());
    }

    @Override
    public int deleteBy(TokenCriteria criteria) {
        if (criteria.nothing()) {
            return 0;
        }
        return tx.inTransaction(em -> deleteInChunks(em, ids(em, criteria, 0, Integer.MAX_VALUE)));
    }

    @Override
    public boolean deleteById(long id) {
        return tx.inTransaction(em -> deleteIds(em, List.of(id)) > 0);
    }

    /** One transaction, one pair of statements per 500 ids (the cleanup's batched delete). */
    @Override
    public int deleteByIdIn(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        return tx.inTransaction(em -> deleteInChunks(em, distinct));
    }

    @Override
    public Optional<TokenData> updateLocked(long id, UnaryOperator<TokenData> update) {
        return tx.inTransaction(em -> {
            EsiTokenEntity entity = em.find(EsiTokenEntity.class, id, LockModeType.PESSIMISTIC_WRITE, FRESH);
            if (entity == null) {
                return Optional.empty();
            }
            TokenData current = toData(entity);
            TokenData next = update.apply(current);
            if (next == current) {
                return Optional.of(current);
            }
            TokenMapping.copy(em, next, entity);
            em.flush();
            return Optional.of(toData(entity));
        });
    }

    @Override
    public List<Scope> findAllScopes() {
        return tx.inTransaction(em -> em.createQuery("SELECT s FROM EsiScope s", EsiScopeEntity.class)
                .getResultList().stream().map(s -> new Scope(s.getName(), s.getHelpText()))
                .sorted(Comparator.comparing(Scope::name)).toList());
    }

    @Override
    public Optional<Scope> findOptionalScopeByName(String name) {
        return tx.inTransaction(em -> Optional.ofNullable(em.find(EsiScopeEntity.class, name, FRESH))
                .map(s -> new Scope(s.getName(), s.getHelpText())));
    }

    @Override
    public Scope saveScope(Scope scope) {
        return tx.inTransaction(em -> {
            EsiScopeEntity entity = em.find(EsiScopeEntity.class, scope.name(), FRESH);
            if (entity == null) {
                em.persist(new EsiScopeEntity(scope.name(), scope.helpText()));
            } else {
                entity.setHelpText(scope.helpText());
            }
            return scope;
        });
    }

    private static List<Long> ids(EntityManager em, TokenCriteria criteria, int start, int max) {
        TokenJpql jpql = TokenJpql.of(criteria);
        return jpql.bind(em.createQuery("SELECT t.id FROM EsiToken t" + jpql.where() + " ORDER BY t.id DESC",
                Long.class)).setFirstResult(start).setMaxResults(max).getResultList();
    }

    private static int deleteInChunks(EntityManager em, List<Long> ids) {
        int deleted = 0;
        for (List<Long> chunk : chunks(ids)) {
            deleted += deleteIds(em, chunk);
        }
        return deleted;
    }

    /**
     * Two indexed native deletes, scope links first (so it works with or without the scripts' ON DELETE CASCADE). A
     * JPQL bulk delete of {@code EsiToken} makes the provider delete the join rows with an {@code EXISTS} subquery,
     * which H2 evaluates against every {@code esi_token_scopes} row: the cleanup of a large table grew with the square
     * of its size. Tokens are not in the shared cache ({@code @Cacheable(false)}), so nothing else needs evicting.
     */
    private static int deleteIds(EntityManager em, List<Long> ids) {
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));  // longs: nothing to escape
        em.createNativeQuery("DELETE FROM esi_token_scopes WHERE token_id IN (" + in + ")").executeUpdate();
        return em.createNativeQuery("DELETE FROM esi_token WHERE id IN (" + in + ")").executeUpdate();
    }

    private static List<TokenData> distinct(List<EsiTokenEntity> rows) {
        Map<Long, TokenData> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.computeIfAbsent(row.getId(), id -> toData(row)));
        return List.copyOf(byId.values());
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
