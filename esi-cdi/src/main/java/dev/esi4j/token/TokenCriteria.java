package dev.esi4j.token;

import java.time.Instant;
import java.util.Set;

/**
 * SPI: the conditions of a token query, all combined with AND. Built by {@link Tokens}; a {@link TokenStore}
 * translates it into one query (one SQL statement for the JPA store, including the scope conditions).
 * {@link #matches(TokenData)} defines the semantics every store must reproduce.
 *
 * @param characterId    only this character, or {@code null}
 * @param owner          only tokens of this principal, or {@code null}
 * @param ownerless      only tokens without owner
 * @param requiredScopes tokens having at least all these scopes (empty: no condition)
 * @param exactScopes    tokens having exactly these scopes, or {@code null} for no condition
 * @param expiredAt      only tokens whose expiry is unknown or not after this instant, or {@code null}
 * @param createdBefore  only tokens created before this instant, or {@code null}
 * @param excludeIds     all but the tokens with these ids (empty: no condition)
 * @param tokenType      only this type, or {@code null}
 * @param nothing        the conditions contradict each other: no token matches
 * @since 0.1
 */
public record TokenCriteria(Long characterId, String owner, boolean ownerless, Set<String> requiredScopes,
        Set<String> exactScopes, Instant expiredAt, Instant createdBefore, Set<Long> excludeIds,
        Token.TokenType tokenType, boolean nothing) {

    /** Every token. */
    public static final TokenCriteria ALL = new TokenCriteria(null, null, false, Set.of(), null, null, null, Set.of(),
            null, false);

    /** Copies sets. */
    public TokenCriteria {
        requiredScopes = requiredScopes == null ? Set.of() : Set.copyOf(requiredScopes);
        exactScopes = exactScopes == null ? null : Set.copyOf(exactScopes);
        excludeIds = excludeIds == null ? Set.of() : Set.copyOf(excludeIds);
    }

    /** @param id character id @return also restricted to the character */
    public TokenCriteria withCharacterId(long id) {
        boolean contradiction = characterId != null && characterId != id;
        return new TokenCriteria(id, owner, ownerless, requiredScopes, exactScopes, expiredAt, createdBefore,
                excludeIds, tokenType, nothing || contradiction);
    }

    /** @param principal owner name, {@code null} for ownerless tokens @return also restricted to the owner */
    public TokenCriteria withOwner(String principal) {
        if (principal == null) {
            return new TokenCriteria(characterId, owner, true, requiredScopes, exactScopes, expiredAt, createdBefore,
                    excludeIds, tokenType, nothing || owner != null);
        }
        boolean contradiction = ownerless || (owner != null && !owner.equals(principal));
        return new TokenCriteria(characterId, principal, ownerless, requiredScopes, exactScopes, expiredAt,
                createdBefore, excludeIds, tokenType, nothing || contradiction);
    }

    /** @param scopes scope names @return also requiring these scopes */
    public TokenCriteria withRequiredScopes(Set<String> scopes) {
        Set<String> all = new java.util.HashSet<>(requiredScopes);
        all.addAll(scopes);
        return new TokenCriteria(characterId, owner, ownerless, all, exactScopes, expiredAt, createdBefore, excludeIds,
                tokenType, nothing);
    }

    /** @param scopes scope names @return also requiring exactly these scopes */
    public TokenCriteria withExactScopes(Set<String> scopes) {
        boolean contradiction = exactScopes != null && !exactScopes.equals(scopes);
        return new TokenCriteria(characterId, owner, ownerless, requiredScopes, scopes, expiredAt, createdBefore,
                excludeIds, tokenType, nothing || contradiction);
    }

    /** @param at instant @return also restricted to tokens expired at that instant */
    public TokenCriteria withExpiredAt(Instant at) {
        Instant earliest = expiredAt == null || at.isBefore(expiredAt) ? at : expiredAt;
        return new TokenCriteria(characterId, owner, ownerless, requiredScopes, exactScopes, earliest, createdBefore,
                excludeIds, tokenType, nothing);
    }

    /** @param at instant @return also restricted to tokens created before that instant */
    public TokenCriteria withCreatedBefore(Instant at) {
        Instant earliest = createdBefore == null || at.isBefore(createdBefore) ? at : createdBefore;
        return new TokenCriteria(characterId, owner, ownerless, requiredScopes, exactScopes, expiredAt, earliest,
                excludeIds, tokenType, nothing);
    }

    /** @param id token id @return also excluding this token */
    public TokenCriteria withExcludeId(long id) {
        Set<Long> all = new java.util.HashSet<>(excludeIds);
        all.add(id);
        return new TokenCriteria(characterId, owner, ownerless, requiredScopes, exactScopes, expiredAt, createdBefore,
                all, tokenType, nothing);
    }

    /** @param type token type @return also restricted to this type */
    public TokenCriteria withTokenType(Token.TokenType type) {
        boolean contradiction = tokenType != null && tokenType != type;
        return new TokenCriteria(characterId, owner, ownerless, requiredScopes, exactScopes, expiredAt, createdBefore,
                excludeIds, type, nothing || contradiction);
    }

    /**
     * The reference semantics of every condition.
     *
     * @param token a stored token
     * @return whether it satisfies all conditions
     */
    public boolean matches(TokenData token) {
        return !nothing
                && (characterId == null || characterId == token.characterId())
                && (owner == null || owner.equals(token.owner()))
                && (!ownerless || token.owner() == null)
                && token.scopes().containsAll(requiredScopes)
                && (exactScopes == null || exactScopes.equals(token.scopes()))
                && (expiredAt == null || token.expiresAt() == null || !token.expiresAt().isAfter(expiredAt))
                && (createdBefore == null || token.createdAt().isBefore(createdBefore))
                && (token.id() == null || !excludeIds.contains(token.id()))
                && (tokenType == null || tokenType == token.tokenType());
    }
}
