package dev.esi4j.token;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A composable, immutable token query, the counterpart of django-esi's {@code Token.objects} query set
 * (MISSION 3.3). Every filter returns a new query; nothing touches the store until a terminal operation
 * ({@link #list()}, {@link #first()}, {@link #count()}, {@link #delete()}, {@link #requireValid()},
 * {@link #bulkRefresh()}).
 * <pre>
 * &#64;Inject Tokens tokens;
 *
 * List&lt;Token&gt; usable = tokens.forOwner(user.getName())
 *         .requireScopes("esi-skills.read_skills.v1 esi-wallet.read_character_wallet.v1")
 *         .requireValid();
 * </pre>
 * Scope arguments accept arrays, space-separated strings and mixtures ({@link Scope#names(String...)}); unknown
 * scope names match nothing (an empty result, not an error).
 *
 * <p>Differences from django-esi: {@link #requireValid()} and {@link #bulkRefresh()} are terminal (they refresh
 * and return tokens, not a lazy query set); a refresh that fails for a transient reason (SSO down, 5xx, 429) keeps
 * the token in the store and only leaves it out of the result; tokens without owner are equivalent only to tokens
 * without owner.
 *
 * @since 0.1
 */
public interface Tokens {

    /** @param characterId EVE character id @return tokens of that character */
    Tokens forCharacter(long characterId);

    /** @param principal application user name @return tokens owned by that user */
    Tokens forOwner(String principal);

    /** @return tokens without owner (single-use or orphaned) */
    Tokens withoutOwner();

    /** @param scopes scope names or space-separated lists @return tokens having at least all these scopes */
    Tokens requireScopes(String... scopes);

    /** @param scopes scope names or space-separated lists @return tokens having at least all these scopes */
    Tokens requireScopes(Collection<String> scopes);

    /** @param scopes scope names or space-separated lists @return tokens having exactly these scopes */
    Tokens requireScopesExact(String... scopes);

    /** @param scopes scope names or space-separated lists @return tokens having exactly these scopes */
    Tokens requireScopesExact(Collection<String> scopes);

    /**
     * @param token a token
     * @return the other tokens of the same character with exactly the same scopes and the same owner (or, for a
     *         token without owner, also without owner)
     */
    Tokens equivalentTo(Token token);

    /** @return tokens whose access token has expired (or whose expiry is unknown) */
    Tokens expired();

    /** @param type token type @return tokens of that type */
    Tokens ofType(Token.TokenType type);

    /** @return the store conditions of this query (SPI) */
    TokenCriteria criteria();

    /** @return the matching tokens, newest first; an empty list when none matches */
    List<Token> list();

    /** @return the newest matching token, or empty when none matches */
    Optional<Token> first();

    /** @return the number of matching tokens, 0 when none matches */
    long count();

    /** @return whether any token matches */
    boolean exists();

    /**
     * Deletes the matching tokens in batched statements, revoking their refresh tokens at the SSO first when
     * {@code esi.sso.revoke-on-delete} is on.
     *
     * @return the number of deleted tokens
     */
    int delete();

    /**
     * Refreshes the matching tokens that are expired (or within the refresh margin), deletes those that cannot be
     * refreshed (refused refresh, changed owner, no refresh token), and keeps those whose refresh failed for a
     * transient reason in the store but leaves them out of the result.
     *
     * @return the matching tokens that are valid now, newest first; an empty list when none
     */
    List<Token> requireValid();

    /**
     * Refreshes every matching token now, whether expired or not, with the same deletion rules as
     * {@link #requireValid()}.
     *
     * @return counts and the refreshed tokens
     */
    BulkRefreshResult bulkRefresh();
}
