package dev.esi4j.token;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * SPI: where tokens and scopes are kept. esi-jpa provides {@code JpaTokenStore}; {@link InMemoryTokenStore} serves
 * tests and small applications. Components never talk to a store implementation directly: the token service and
 * the {@link Tokens} query API sit on top of it, and esi-jaxrs / esi-scheduler use only this interface.
 *
 * <p>Vocabulary (as DeltaSpike Data): {@code findBy…} returns a list (empty when nothing matches),
 * {@code findOptionalBy…} an {@link Optional} (empty when nothing matches), {@code count…} a number (0 when nothing
 * matches), {@code deleteBy…} the number of rows removed in one batched statement. Token lists are ordered newest
 * first (descending id). Implementations are thread-safe.
 *
 * @since 0.1
 */
public interface TokenStore {

    /**
     * Inserts a token (when its id is {@code null}) or replaces the stored state of the token with its id. Scope
     * names the store does not know are created on the fly (with an empty help text).
     *
     * @param token the state to store
     * @return the stored state, with its id
     * @throws TokenException when a token with that id no longer exists
     */
    TokenData save(TokenData token);

    /**
     * @param id token id
     * @return the token, or empty when no token has this id
     */
    Optional<TokenData> findOptionalById(long id);

    /**
     * @param criteria conditions (unknown scope names simply match nothing)
     * @return the matching tokens, newest first; an empty list when none matches
     */
    List<TokenData> findBy(TokenCriteria criteria);

    /**
     * @param criteria conditions
     * @param start    index of the first result (0-based)
     * @param max      maximum number of results
     * @return one page of the matching tokens, newest first; an empty list past the end
     */
    List<TokenData> findBy(TokenCriteria criteria, int start, int max);

    /**
     * @param criteria conditions
     * @return the number of matching tokens, 0 when none matches
     */
    long countBy(TokenCriteria criteria);

    /**
     * Deletes the matching tokens (and their scope links) in batched statements, without a round trip per row.
     *
     * @param criteria conditions
     * @return the number of tokens deleted, 0 when none matched
     */
    int deleteBy(TokenCriteria criteria);

    /**
     * @param id token id
     * @return whether a token was deleted ({@code false} when none had this id)
     */
    boolean deleteById(long id);

    /**
     * Deletes the tokens with these ids (and their scope links) in batched statements, without a round trip per
     * row (token cleanup, MISSION 6.2). The default deletes one by one; stores backed by a database override it.
     *
     * @param ids token ids; ids of tokens that no longer exist are ignored
     * @return the number of tokens deleted, 0 when none matched
     * @since 0.1
     */
    default int deleteByIdIn(Collection<Long> ids) {
        int deleted = 0;
        for (Long id : ids) {
            if (deleteById(id)) {
                deleted++;
            }
        }
        return deleted;
    }

    /**
     * Single-flight update (MISSION 3.4): locks the token exclusively, also against other JVMs sharing the same
     * database, re-reads its current state, passes it to {@code update} and stores the returned state in the same
     * transaction. Concurrent callers for the same token wait for the lock and then see the state the previous
     * holder stored. When {@code update} throws, nothing is stored and the exception propagates.
     *
     * @param id     token id
     * @param update computes the new state from the current one; returning its argument stores nothing
     * @return the state after the update, or empty when no token has this id (then {@code update} is not called)
     */
    Optional<TokenData> updateLocked(long id, UnaryOperator<TokenData> update);

    /** @return every known scope, sorted by name; an empty list when none */
    List<Scope> findAllScopes();

    /**
     * @param name scope name
     * @return the scope, or empty when the store does not know it
     */
    Optional<Scope> findOptionalScopeByName(String name);

    /**
     * Creates a scope or updates its help text.
     *
     * @param scope the scope
     * @return the stored scope
     */
    Scope saveScope(Scope scope);
}
