package dev.esi4j.token;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * A {@link TokenStore} in memory: for tests and small applications that can afford to lose their tokens on
 * restart. Thread-safe; {@link #updateLocked} is single-flight within this JVM (there is no other JVM).
 *
 * <pre>
 * TokenStore store = new InMemoryTokenStore();
 * </pre>
 *
 * @since 0.1
 */
public class InMemoryTokenStore implements TokenStore {

    private static final Comparator<TokenData> NEWEST_FIRST = Comparator.comparing(TokenData::id).reversed();

    private final Map<Long, TokenData> tokens = new ConcurrentHashMap<>();
    private final Map<Long, Object> locks = new ConcurrentHashMap<>();
    private final Map<String, Scope> scopes = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public TokenData save(TokenData token) {
        token.scopes().forEach(name -> scopes.putIfAbsent(name, Scope.of(name)));
        if (token.id() == null) {
            TokenData stored = token.withId(ids.incrementAndGet());
            tokens.put(stored.id(), stored);
            return stored;
        }
        if (tokens.replace(token.id(), token) == null) {
            throw new TokenException("Token " + token.id() + " no longer exists");
        }
        return token;
    }

    @Override
    public Optional<TokenData> findOptionalById(long id) {
        return Optional.ofNullable(tokens.get(id));
    }

    @Override
    public List<TokenData> findBy(TokenCriteria criteria) {
        return tokens.values().stream().filter(criteria::matches).sorted(NEWEST_FIRST).toList();
    }

    @Override
    public List<TokenData> findBy(TokenCriteria criteria, int start, int max) {
        return tokens.values().stream().filter(criteria::matches).sorted(NEWEST_FIRST).skip(start).limit(max)
                .toList();
    }

    @Override
    public long countBy(TokenCriteria criteria) {
        return tokens.values().stream().filter(criteria::matches).count();
    }

    @Override
    public int deleteBy(TokenCriteria criteria) {
        int deleted = 0;
        for (TokenData token : new ArrayList<>(tokens.values())) {
            if (criteria.matches(token) && tokens.remove(token.id(), token)) {
                deleted++;
            }
        }
        return deleted;
    }

    @Override
    public boolean deleteById(long id) {
        return tokens.remove(id) != null;
    }

    @Override
    public int deleteByIdIn(Collection<Long> ids) {
        int deleted = 0;
        for (Long id : Set.copyOf(ids)) {
            if (tokens.remove(id) != null) {
                deleted++;
            }
        }
        return deleted;
    }

    @Override
    public Optional<TokenData> updateLocked(long id, UnaryOperator<TokenData> update) {
        Object lock = locks.computeIfAbsent(id, key -> new Object());
        synchronized (lock) {
            TokenData current = tokens.get(id);
            if (current == null) {
                return Optional.empty();
            }
            TokenData next = update.apply(current);
            if (next != current) {
                next.scopes().forEach(name -> scopes.putIfAbsent(name, Scope.of(name)));
                tokens.replace(id, next.withId(id));
            }
            return Optional.ofNullable(tokens.get(id));
        }
    }

    @Override
    public List<Scope> findAllScopes() {
        return scopes.values().stream().sorted(Comparator.comparing(Scope::name)).toList();
    }

    @Override
    public Optional<Scope> findOptionalScopeByName(String name) {
        return Optional.ofNullable(scopes.get(name));
    }

    @Override
    public Scope saveScope(Scope scope) {
        scopes.put(scope.name(), scope);
        return scope;
    }
}
