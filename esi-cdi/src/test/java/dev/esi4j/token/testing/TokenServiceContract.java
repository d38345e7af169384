package dev.esi4j.token.testing;

import static dev.esi4j.token.testing.TokenFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.sso.SsoTokens;
import dev.esi4j.token.Token;
import dev.esi4j.token.TokenData;
import dev.esi4j.token.TokenOwnerChangedEvent;
import dev.esi4j.token.TokenService;
import dev.esi4j.token.TokenStore;

/**
 * Base of the token service contract tests: runs against any {@link TokenStore} (in memory here, JPA on H2,
 * PostgreSQL and MariaDB in esi-jpa). Subclasses provide the store.
 */
public abstract class TokenServiceContract {

    protected final FakeSso sso = new FakeSso();
    protected final MutableClock clock = new MutableClock(T0);
    protected final List<TokenOwnerChangedEvent> events = new CopyOnWriteArrayList<>();
    protected TokenStore store;
    protected TokenService service;

    /** @return a new, empty store */
    protected abstract TokenStore newStore();

    /** @return a store for a second "node" sharing the data of {@link #store} (default: the same store) */
    protected TokenStore secondNodeStore() {
        return store;
    }

    @BeforeEach
    void createService() {
        store = newStore();
        service = service(Map.of());
    }

    protected TokenService service(Map<String, String> extra) {
        return service(store, extra);
    }

    protected TokenService service(TokenStore on, Map<String, String> extra) {
        Map<String, String> keys = new HashMap<>();
        keys.put(EsiConfigKeys.SSO_CLIENT_ID, "client-0001");
        keys.put(EsiConfigKeys.SSO_CLIENT_SECRET, "secret-0001");
        keys.put(EsiConfigKeys.SSO_CALLBACK_URL, "https://app.test/sso/callback/");
        keys.putAll(extra);
        EsiConfig config = EsiConfig.builder().setAll(keys).build();
        return TokenService.builder().store(on).sso(sso).config(config).clock(clock).onOwnerChanged(events::add)
                .build();
    }

    /** Stores a token as a login would: AT/RT values, expiry relative to the clock. */
    protected Token login(String owner, String at, String rt, long character, Duration validFor, String... scopes) {
        return service.saveLogin(sso(at, rt, character, OWNER_A, clock.instant().plus(validFor), scopes), owner);
    }

    protected Token expiredToken(String owner, String rt, String... scopes) {
        return login(owner, "AT-0", rt, CHAR_A, Duration.ofSeconds(-60), scopes);
    }

    protected SsoTokens fresh(String at, String rt) {
        return sso(at, rt, CHAR_A, OWNER_A, clock.instant().plusSeconds(1199), A);
    }

    protected TokenData stored(Token token) {
        return store.findOptionalById(token.id().orElseThrow()).orElseThrow();
    }

    protected static void assertGone(TokenStore store, Token token) {
        assertThat(store.findOptionalById(token.id().orElseThrow())).isEmpty();
    }

    protected static void assertThrowsInvalid(Runnable call, Class<? extends Throwable> type) {
        assertThatThrownBy(call::run).isInstanceOf(type);
    }
}
