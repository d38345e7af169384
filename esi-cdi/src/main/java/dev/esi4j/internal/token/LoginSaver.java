package dev.esi4j.internal.token;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import dev.esi4j.sso.AccessTokenClaims;
import dev.esi4j.sso.SsoTokens;
import dev.esi4j.token.TokenCriteria;
import dev.esi4j.token.TokenData;
import dev.esi4j.token.TokenOwnerChangedEvent;
import dev.esi4j.token.TokenStore;

/**
 * Stores the tokens of a login (MISSION 3.5, CASES B16 b, B24): removes tokens of the character issued to another
 * account, then updates an equivalent token of the same owner or adds a new row.
 */
final class LoginSaver {

    private static final System.Logger LOG = System.getLogger("dev.esi4j.token");

    private final TokenStore store;
    private final TokenCipher cipher;
    private final Clock clock;
    private final boolean alwaysCreate;
    private final Consumer<TokenOwnerChangedEvent> ownerChanged;

    LoginSaver(TokenStore store, TokenCipher cipher, Clock clock, boolean alwaysCreate,
            Consumer<TokenOwnerChangedEvent> ownerChanged) {
        this.store = store;
        this.cipher = cipher;
        this.clock = clock;
        this.alwaysCreate = alwaysCreate;
        this.ownerChanged = ownerChanged;
    }

    TokenData save(SsoTokens tokens, String owner) {
        AccessTokenClaims claims = tokens.claims();
        removeTransferred(claims);
        Instant now = clock.instant();
        long character = claims.characterId();
        String access = cipher.seal(tokens.accessToken(), character, "access");
        String refresh = cipher.seal(tokens.refreshToken(), character, "refresh");
        if (!alwaysCreate && owner != null) {
            List<TokenData> equivalent = store.findBy(TokenCriteria.ALL.withCharacterId(character).withOwner(owner)
                    .withExactScopes(claims.scopes()).withTokenType(claims.tokenType()));
            for (TokenData candidate : equivalent) {
                var updated = store.updateLocked(candidate.id(), current -> current
                        .withTokens(access, refresh != null ? refresh : current.refreshToken(), claims.expiresAt(), now)
                        .withCharacterName(claims.characterName(), now));
                if (updated.isPresent()) {
                    return updated.get();
                }
            }
        }
        return store.save(new TokenData(null, character, claims.characterName(), claims.ownerHash(),
                claims.tokenType(), owner, claims.scopes(), access, refresh, claims.expiresAt(), now, now,
                TokenData.SSO_VERSION));
    }

    private void removeTransferred(AccessTokenClaims claims) {
        for (TokenData old : store.findBy(TokenCriteria.ALL.withCharacterId(claims.characterId()))) {
            if (!old.characterOwnerHash().equals(claims.ownerHash()) && store.deleteById(old.id())) {
                LOG.log(Level.WARNING, "ESI04003: deleted token {0} of character {1}: the character changed account",
                        old.id(), Long.toString(old.characterId()));
                ownerChanged.accept(new TokenOwnerChangedEvent(old.id(), old.characterId(), old.owner(),
                        old.characterOwnerHash(), claims.ownerHash()));
            }
        }
    }
}
