package dev.esi4j.internal.token;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import dev.esi4j.token.Token;
import dev.esi4j.token.TokenData;

/**
 * A {@link Token} backed by a stored {@link TokenData} snapshot; refreshes go through the service's single-flight
 * refresher, and the snapshot follows the stored state after each refresh.
 */
final class ManagedToken implements Token {

    private final DefaultTokenService service;
    private volatile TokenData data;

    ManagedToken(DefaultTokenService service, TokenData data) {
        this.service = service;
        this.data = data;
    }

    TokenData data() {
        return data;
    }

    void update(TokenData newData) {
        this.data = newData;
    }

    @Override
    public Optional<Long> id() {
        return Optional.ofNullable(data.id());
    }

    @Override
    public long characterId() {
        return data.characterId();
    }

    @Override
    public String characterName() {
        return data.characterName();
    }

    @Override
    public String characterOwnerHash() {
        return data.characterOwnerHash();
    }

    @Override
    public Set<String> scopes() {
        return data.scopes();
    }

    @Override
    public TokenType tokenType() {
        return data.tokenType();
    }

    @Override
    public Optional<String> owner() {
        return Optional.ofNullable(data.owner());
    }

    @Override
    public Instant expiresAt() {
        return data.expiresAt() == null ? Instant.EPOCH : data.expiresAt();
    }

    @Override
    public Instant createdAt() {
        return data.createdAt();
    }

    @Override
    public Instant updatedAt() {
        return data.updatedAt();
    }

    @Override
    public boolean canRefresh() {
        return data.refreshToken() != null;
    }

    @Override
    public String validAccessToken() {
        return service.validAccessToken(this);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ManagedToken token && data.id() != null && data.id().equals(token.data.id());
    }

    @Override
    public int hashCode() {
        return data.id() == null ? 0 : data.id().hashCode();
    }

    @Override
    public String toString() {
        TokenData current = data;
        return "Token[id=" + current.id() + ", characterId=" + current.characterId() + ", characterName="
                + current.characterName() + ", scopes=" + current.scopes() + ", expiresAt=" + current.expiresAt()
                + "]";
    }
}
