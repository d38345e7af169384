package dev.esi4j.internal.token;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dev.esi4j.token.BulkRefreshResult;
import dev.esi4j.token.Scope;
import dev.esi4j.token.Token;
import dev.esi4j.token.TokenCriteria;
import dev.esi4j.token.Tokens;

/** The immutable {@link Tokens} query: filters build {@link TokenCriteria}, terminal operations run them. */
final class TokensQuery implements Tokens {

    private final DefaultTokenService service;
    private final TokenCriteria criteria;

    TokensQuery(DefaultTokenService service, TokenCriteria criteria) {
        this.service = service;
        this.criteria = criteria;
    }

    private Tokens with(TokenCriteria next) {
        return new TokensQuery(service, next);
    }

    @Override
    public Tokens forCharacter(long characterId) {
        return with(criteria.withCharacterId(characterId));
    }

    @Override
    public Tokens forOwner(String principal) {
        if (principal == null) {
            throw new IllegalArgumentException("principal is null; use withoutOwner() for tokens without owner");
        }
        return with(criteria.withOwner(principal));
    }

    @Override
    public Tokens withoutOwner() {
        return with(criteria.withOwner(null));
    }

    @Override
    public Tokens requireScopes(String... scopes) {
        return with(criteria.withRequiredScopes(Scope.names(scopes)));
    }

    @Override
    public Tokens requireScopes(Collection<String> scopes) {
        return with(criteria.withRequiredScopes(Scope.names(scopes)));
    }

    @Override
    public Tokens requireScopesExact(String... scopes) {
        return with(criteria.withExactScopes(Scope.names(scopes)));
    }

    @Override
    public Tokens requireScopesExact(Collection<String> scopes) {
        return with(criteria.withExactScopes(Scope.names(scopes)));
    }

    @Override
    public Tokens equivalentTo(Token token) {
        TokenCriteria next = criteria.withCharacterId(token.characterId()).withOwner(token.owner().orElse(null))
                .withExactScopes(token.scopes());
        return with(token.id().map(next::withExcludeId).orElse(next));
    }

    @Override
    public Tokens expired() {
        return with(criteria.withExpiredAt(service.now()));
    }

    @Override
    public Tokens ofType(Token.TokenType type) {
        return with(criteria.withTokenType(type));
    }

    @Override
    public TokenCriteria criteria() {
        return criteria;
    }

    @Override
    public List<Token> list() {
        return criteria.nothing() ? List.of() : service.find(criteria);
    }

    @Override
    public Optional<Token> first() {
        return list().stream().findFirst();
    }

    @Override
    public long count() {
        return criteria.nothing() ? 0 : service.count(criteria);
    }

    @Override
    public boolean exists() {
        return count() > 0;
    }

    @Override
    public int delete() {
        return criteria.nothing() ? 0 : service.delete(criteria);
    }

    @Override
    public List<Token> requireValid() {
        return refreshAll(false).refreshed();
    }

    @Override
    public BulkRefreshResult bulkRefresh() {
        return refreshAll(true);
    }

    private BulkRefreshResult refreshAll(boolean force) {
        List<Token> valid = new ArrayList<>();
        int deleted = 0;
        int failed = 0;
        for (Token token : list()) {
            switch (service.refreshOrDelete((ManagedToken) token, force, false)) {
                case VALID -> valid.add(token);
                case DELETED -> deleted++;
                default -> failed++;
            }
        }
        return new BulkRefreshResult(valid, deleted, failed);
    }

    @Override
    public String toString() {
        return "Tokens" + criteria;
    }
}
