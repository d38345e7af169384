package dev.esi4j.internal.token;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.esi4j.sso.InvalidGrantException;
import dev.esi4j.sso.SsoClient;
import dev.esi4j.sso.SsoTokens;
import dev.esi4j.token.TokenData;
import dev.esi4j.token.TokenExpiredException;
import dev.esi4j.token.TokenInvalidException;
import dev.esi4j.token.TokenOwnerChangedEvent;
import dev.esi4j.token.TokenStore;

/**
 * Single-flight refresh (MISSION 3.4, CASES B01, B07, B16). Within one JVM concurrent callers for a token share one
 * flight; the flight runs inside {@link TokenStore#updateLocked}, which holds the row lock across JVMs, re-reads the
 * token and refreshes only when the stored state still needs it, storing the rotated refresh token in the same
 * transaction (or keeping the old one when the SSO returned none).
 */
final class TokenRefresher {

    private final TokenStore store;
    private final Supplier<SsoClient> sso;
    private final TokenCipher cipher;
    private final Clock clock;
    private final long marginSeconds;
    private final Consumer<TokenOwnerChangedEvent> ownerChanged;
    private final Map<Long, CompletableFuture<TokenData>> inflight = new ConcurrentHashMap<>();

    TokenRefresher(TokenStore store, Supplier<SsoClient> sso, TokenCipher cipher, Clock clock, long marginSeconds,
            Consumer<TokenOwnerChangedEvent> ownerChanged) {
        this.store = store;
        this.sso = sso;
        this.cipher = cipher;
        this.clock = clock;
        this.marginSeconds = marginSeconds;
        this.ownerChanged = ownerChanged;
    }

    boolean needsRefresh(TokenData data) {
        return data.expiredAt(clock.instant(), marginSeconds);
    }

    /**
     * @param id          token id
     * @param staleAccess the stored access value the caller wants replaced (forced refresh), or {@code null} to
     *                    refresh only when the stored token is expired or within the margin
     * @return the current state after the flight
     */
    TokenData refresh(long id, String staleAccess) {
        CompletableFuture<TokenData> mine = new CompletableFuture<>();
        CompletableFuture<TokenData> running = inflight.putIfAbsent(id, mine);
        if (running != null) {
            return await(running);
        }
        try {
            TokenData result = lockedRefresh(id, staleAccess);
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inflight.remove(id, mine);
        }
    }

    private static TokenData await(CompletableFuture<TokenData> flight) {
        try {
            return flight.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private TokenData lockedRefresh(long id, String staleAccess) {
        try {
            return store.updateLocked(id, current -> refreshIfNeeded(current, staleAccess))
                    .orElseThrow(() -> new TokenInvalidException("Token " + id + " no longer exists"));
        } catch (OwnerChangedException e) {
            ownerChanged.accept(e.event());
            throw e;
        }
    }

    private TokenData refreshIfNeeded(TokenData current, String staleAccess) {
        boolean needed = staleAccess != null ? staleAccess.equals(current.accessToken()) : needsRefresh(current);
        if (!needed) {
            return current;
        }
        if (current.refreshToken() == null) {
            throw new TokenExpiredException(describe(current) + " has expired and has no refresh token");
        }
        SsoTokens fresh;
        try {
            fresh = sso.get().refresh(cipher.open(current.refreshToken(), current.characterId(), "refresh"));
        } catch (InvalidGrantException e) {
            throw new TokenInvalidException(describe(current) + " is invalid: the SSO refused its refresh token", e);
        }
        checkSameCharacterAndOwner(current, fresh);
        String refresh = fresh.refreshToken() != null
                ? cipher.seal(fresh.refreshToken(), current.characterId(), "refresh")
                : reseal(current.refreshToken(), current.characterId());
        return current.withTokens(cipher.seal(fresh.accessToken(), current.characterId(), "access"), refresh,
                fresh.claims().expiresAt(), clock.instant())
                .withCharacterName(nameOr(fresh.claims().characterName(), current.characterName()), clock.instant());
    }

    private void checkSameCharacterAndOwner(TokenData current, SsoTokens fresh) {
        if (fresh.claims().characterId() != current.characterId()) {
            throw new TokenInvalidException(describe(current) + " is invalid: the SSO answered for another character");
        }
        if (!fresh.claims().ownerHash().equals(current.characterOwnerHash())) {
            throw new OwnerChangedException(new TokenOwnerChangedEvent(current.id(), current.characterId(),
                    current.owner(), current.characterOwnerHash(), fresh.claims().ownerHash()));
        }
    }

    private String reseal(String stored, long characterId) {
        return cipher.needsReseal(stored) ? cipher.seal(cipher.open(stored, characterId, "refresh"), characterId,
                "refresh") : stored;
    }

    private static String nameOr(String name, String fallback) {
        return name == null || name.isBlank() ? fallback : name;
    }

    static String describe(TokenData data) {
        return "Token " + data.id() + " of character " + data.characterId();
    }
}
