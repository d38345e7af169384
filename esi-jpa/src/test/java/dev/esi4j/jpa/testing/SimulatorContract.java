package dev.esi4j.jpa.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.jpa.JpaTokenStore;
import dev.esi4j.simulator.EsiSimulator;
import dev.esi4j.simulator.EsiSimulatorExtension;
import dev.esi4j.simulator.RecordedRequest;
import dev.esi4j.simulator.SimCharacter;
import dev.esi4j.sso.InvalidGrantException;
import dev.esi4j.sso.SsoClient;
import dev.esi4j.sso.SsoClients;
import dev.esi4j.sso.SsoTokens;
import dev.esi4j.token.Token;
import dev.esi4j.token.TokenData;
import dev.esi4j.token.TokenOwnerChangedEvent;
import dev.esi4j.token.TokenService;
import dev.esi4j.token.TokenStore;

/** Base of the end-to-end tests: the real SSO client against the simulator, tokens in a JPA store. */
public abstract class SimulatorContract {

    protected static final String TOKEN_ENDPOINT = "/v2/oauth/token";
    protected static final long CHAR_A = SimCharacter.PILOT_ALPHA.id();
    protected static final String A = "esi-skills.read_skills.v1";
    protected static final String B = "esi-wallet.read_character_wallet.v1";

    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension(EsiSimulator.builder());

    protected EsiSimulator sim;
    protected SsoClient sso;
    protected TokenStore store;
    protected TokenService service;
    protected final List<TokenOwnerChangedEvent> events = new CopyOnWriteArrayList<>();

    protected abstract TestDatabase db();

    @BeforeEach
    void connect() {
        sim = SIM.simulator();
        store = JpaTokenStore.create(db().clean().emf());
        service = service(store, Map.of());
    }

    protected TokenService service(TokenStore on, Map<String, String> extra) {
        EsiConfig config = EsiConfig.builder().set(EsiConfigKeys.SSO_CLIENT_ID, "client-0001")
                .set(EsiConfigKeys.SSO_CLIENT_SECRET, "secret-0001")
                .set(EsiConfigKeys.SSO_CALLBACK_URL, "https://app.test/sso/callback/")
                .set(EsiConfigKeys.SSO_BASE_URL, sim.baseUrl()).set(EsiConfigKeys.SSO_REFRESH_MAX_RETRIES, "1")
                .set(EsiConfigKeys.APP_NAME, "esi4j-tests").set(EsiConfigKeys.USER_CONTACT_EMAIL, "ops@example.test")
                .setAll(extra).build();
        sso = SsoClients.create(config);
        return TokenService.builder().store(on).sso(sso).config(config).onOwnerChanged(events::add).build();
    }

    /** A login of Pilot Alpha for U1: tokens the simulator issued and the SSO client validated. */
    protected Token login(String... scopes) {
        SsoTokens tokens = sso.refresh(sim.sso().refreshToken(CHAR_A, scopes));
        Token token = service.saveLogin(tokens, "U1");
        sim.journal().clear();
        return token;
    }

    /** Makes the stored access token expired, as in "DB: T1 expired". @return the token loaded again */
    protected Token expire(Token token) {
        store.updateLocked(token.id().orElseThrow(), d -> d.withTokens(d.accessToken(), d.refreshToken(),
                Instant.now().minusSeconds(60), Instant.now()));
        return service.findOptionalById(token.id().orElseThrow()).orElseThrow();
    }

    protected TokenData stored(Token token) {
        return store.findOptionalById(token.id().orElseThrow()).orElseThrow();
    }

    /** @return the refresh tokens posted to the token endpoint, in order */
    protected List<String> refreshTokensPosted() {
        return sim.journal().requests(TOKEN_ENDPOINT).stream().map(SimulatorContract::refreshTokenOf).toList();
    }

    private static String refreshTokenOf(RecordedRequest request) {
        for (String pair : request.body().split("&")) {
            if (pair.startsWith("refresh_token=")) {
                return URLDecoder.decode(pair.substring("refresh_token=".length()), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    protected void assertSpent(String refreshToken) {
        assertThatThrownBy(() -> sso.refresh(refreshToken)).isInstanceOf(InvalidGrantException.class);
    }

    protected static void assertSameElements(List<String> values, String expected) {
        assertThat(values).containsOnly(expected);
    }
}
