package dev.esi4j.internal.token;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.sso.SsoClient;
import dev.esi4j.sso.SsoException;
import dev.esi4j.sso.SsoTokens;
import dev.esi4j.token.NotRefreshableTokenException;
import dev.esi4j.token.Token;
import dev.esi4j.token.TokenCriteria;
import dev.esi4j.token.TokenData;
import dev.esi4j.token.TokenExpiredException;
import dev.esi4j.token.TokenInvalidException;
import dev.esi4j.token.TokenOwnerChangedEvent;
import dev.esi4j.token.TokenService;
import dev.esi4j.token.TokenStore;
import dev.esi4j.token.Tokens;

/** The {@link TokenService}: glue between the store, the refresher, the login saver and the query API. */
public final class DefaultTokenService implements TokenService {

    private static final System.Logger LOG = System.getLogger("dev.esi4j.token");

    /** What became of a token in a refresh-or-delete. */
    enum Outcome { VALID, DELETED, FAILED }

    private final TokenStore store;
    private final Supplier<SsoClient> sso;
    private final EsiConfig config;
    private final TokenCipher cipher;
    private final TokenRefresher refresher;
    private final Clock clock;
    private final LoginSaver logins;

    /**
     * @param store        token store
     * @param sso          SSO client lookup (resolved on first refresh or revocation)
     * @param config       configuration
     * @param clock        clock for expiry decisions
     * @param ownerChanged receives owner-change events
     */
    public DefaultTokenService(TokenStore store, Supplier<SsoClient> sso, EsiConfig config, Clock clock,
            Consumer<TokenOwnerChangedEvent> ownerChanged) {
        this.store = store;
        this.sso = sso;
        this.config = config;
        this.cipher = TokenCipher.from(config);
        this.clock = clock;
        this.refresher = new TokenRefresher(store, sso, cipher, clock, config.tokenRefreshMargin().toSeconds(),
                ownerChanged);
        this.logins = new LoginSaver(store, cipher, clock, config.alwaysCreateToken(), ownerChanged);
    }

    @Override
    public Tokens tokens() {
        return new TokensQuery(this, TokenCriteria.ALL);
    }

    @Override
    public Optional<Token> getToken(long characterId, String... scopes) {
        return tokens().forCharacter(characterId).requireScopes(scopes).requireValid().stream().findFirst();
    }

    @Override
    public Optional<Token> findOptionalById(long id) {
        return store.findOptionalById(id).map(this::wrap);
    }

    @Override
    public Token saveLogin(SsoTokens tokens, String owner) {
        return wrap(logins.save(tokens, owner));
    }

    @Override
    public Token refresh(Token token) {
        ManagedToken managed = managed(token);
        managed.update(refresher.refresh(managed.data().id(), managed.data().accessToken()));
        return managed;
    }

    @Override
    public Optional<Token> refreshOrDelete(Token token) {
        ManagedToken managed = managed(token);
        Outcome outcome = refreshOrDelete(managed, false, true);
        return outcome == Outcome.VALID ? Optional.of(managed) : Optional.empty();
    }

    @Override
    public boolean delete(Token token) {
        ManagedToken managed = managed(token);
        revoke(managed.data());
        return store.deleteById(managed.data().id());
    }

    String validAccessToken(ManagedToken token) {
        TokenData data = token.data();
        if (refresher.needsRefresh(data)) {
            data = refresher.refresh(data.id(), null);
            token.update(data);
        }
        return cipher.open(data.accessToken(), data.characterId(), "access");
    }

    /**
     * @param token      a token
     * @param force      refresh even when not expired
     * @param rethrow    rethrow transient failures instead of reporting {@link Outcome#FAILED}
     * @return what became of it
     */
    Outcome refreshOrDelete(ManagedToken token, boolean force, boolean rethrow) {
        TokenData data = token.data();
        try {
            if (force || refresher.needsRefresh(data)) {
                token.update(refresher.refresh(data.id(), force ? data.accessToken() : null));
            }
            return Outcome.VALID;
        } catch (TokenInvalidException | TokenExpiredException | NotRefreshableTokenException e) {
            store.deleteById(data.id());
            LOG.log(Level.INFO, "ESI04001: deleted token {0} of character {1}: {2}", data.id(),
                    Long.toString(data.characterId()), e.getClass().getSimpleName());
            return Outcome.DELETED;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ESI04002: refresh of token {0} of character {1} failed, token kept: {2}",
                    data.id(), Long.toString(data.characterId()), e.getClass().getSimpleName());
            if (rethrow) {
                throw e;
            }
            return Outcome.FAILED;
        }
    }

    java.time.Instant now() {
        return clock.instant();
    }

    List<Token> find(TokenCriteria criteria) {
        return store.findBy(criteria).stream().map(this::wrap).toList();
    }

    long count(TokenCriteria criteria) {
        return store.countBy(criteria);
    }

    int delete(TokenCriteria criteria) {
        if (config.ssoRevokeOnDelete()) {
            store.findBy(criteria).forEach(this::revoke);
        }
        return store.deleteBy(criteria);
    }

    private void revoke(TokenData data) {
        if (!config.ssoRevokeOnDelete() || data.refreshToken() == null) {
            return;
        }
        try {
            sso.get().revoke(cipher.open(data.refreshToken(), data.characterId(), "refresh"));
        } catch (SsoException e) {
            LOG.log(Level.WARNING, "ESI04004: revoking token {0} of character {1} at the SSO failed: {2}", data.id(),
                    Long.toString(data.characterId()), e.getClass().getSimpleName());
        }
    }

    private Token wrap(TokenData data) {
        return new ManagedToken(this, data);
    }

    private ManagedToken managed(Token token) {
        if (token instanceof ManagedToken managed && managed.data().id() != null) {
            return managed;
        }
        long id = token.id().orElseThrow(() -> new TokenInvalidException("The token has not been stored"));
        return store.findOptionalById(id).map(data -> new ManagedToken(this, data))
                .orElseThrow(() -> new TokenInvalidException("Token " + id + " no longer exists"));
    }
}
