package dev.esi4j.jpa.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Query;

import dev.esi4j.token.TokenCriteria;

/**
 * Translates {@link TokenCriteria} into one JPQL condition (scope conditions as correlated subqueries, so a query
 * with scope requirements is still a single SQL statement).
 */
public final class TokenJpql {

    private final String where;
    private final Map<String, Object> parameters;

    private TokenJpql(String where, Map<String, Object> parameters) {
        this.where = where;
        this.parameters = parameters;
    }

    /** @param c criteria (not {@link TokenCriteria#nothing()}) @return the condition on alias {@code t} */
    public static TokenJpql of(TokenCriteria c) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> p = new LinkedHashMap<>();
        add(where, p, c.characterId() != null, " AND t.characterId = :characterId", "characterId", c.characterId());
        add(where, p, c.owner() != null, " AND t.ownerName = :owner", "owner", c.owner());
        add(where, p, c.ownerless(), " AND t.ownerName IS NULL", null, null);
        if (!c.requiredScopes().isEmpty()) {
            where.append(" AND (SELECT COUNT(rs) FROM EsiToken rt JOIN rt.scopes rs WHERE rt.id = t.id"
                    + " AND rs.name IN :required) = :requiredCount");
            p.put("required", c.requiredScopes());
            p.put("requiredCount", (long) c.requiredScopes().size());
        }
        if (c.exactScopes() != null) {
            // SIZE is an Integer and COUNT a Long: one parameter per type (Hibernate on WildFly rejects a shared one)
            where.append(" AND SIZE(t.scopes) = :exactSize");
            p.put("exactSize", c.exactScopes().size());
            if (!c.exactScopes().isEmpty()) {
                where.append(" AND (SELECT COUNT(es) FROM EsiToken et JOIN et.scopes es"
                        + " WHERE et.id = t.id AND es.name IN :exact) = :exactCount");
                p.put("exact", c.exactScopes());
                p.put("exactCount", (long) c.exactScopes().size());
            }
        }
        add(where, p, c.expiredAt() != null, " AND (t.expiresAt IS NULL OR t.expiresAt <= :expiredAt)", "expiredAt",
                Times.toColumn(c.expiredAt()));
        add(where, p, c.createdBefore() != null, " AND t.createdAt < :createdBefore", "createdBefore",
                Times.toColumn(c.createdBefore()));
        add(where, p, !c.excludeIds().isEmpty(), " AND t.id NOT IN :excludeIds", "excludeIds", c.excludeIds());
        add(where, p, c.tokenType() != null, " AND t.tokenType = :tokenType", "tokenType", c.tokenType());
        return new TokenJpql(where.toString(), p);
    }

    private static void add(StringBuilder where, Map<String, Object> p, boolean when, String condition, String name,
            Object value) {
        if (when) {
            where.append(condition);
            if (name != null) {
                p.put(name, value);
            }
        }
    }

    /** @return the {@code WHERE ...} clause */
    public String where() {
        return where;
    }

    /** @param query query using {@link #where()} @param <Q> query type @return the query with parameters bound */
    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
