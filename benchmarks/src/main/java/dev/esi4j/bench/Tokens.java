package dev.esi4j.bench;

import java.time.Instant;
import java.util.Set;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.simulator.SimCharacter;
import dev.esi4j.sso.SsoClients;
import dev.esi4j.token.Token;
import dev.esi4j.token.TokenData;
import dev.esi4j.token.TokenService;
import dev.esi4j.token.TokenStore;

/** Token fixtures and the token service as the token scenarios use them. */
public final class Tokens {

    /** Scope held by every benchmark token. */
    public static final String SKILLS = "esi-skills.read_skills.v1";
    /** Scope held by a tenth of the database tokens. */
    public static final String WALLET = "esi-wallet.read_character_wallet.v1";
    /** The simulator character every token belongs to. */
    public static final SimCharacter PILOT = SimCharacter.PILOT_ALPHA;

    private Tokens() {
    }

    /**
     * @param baseUrl simulator URL (SSO)
     * @param store   token store
     * @return a token service with the simulator's default client credentials
     */
    public static TokenService service(String baseUrl, TokenStore store) {
        EsiConfig config = Clients.config(baseUrl, true);
        return TokenService.builder().store(store).sso(SsoClients.create(config)).config(config).build();
    }

    /**
     * @param owner        application user, or null
     * @param scopes       granted scopes
     * @param refreshToken refresh token, or null
     * @param expiresAt    access-token expiry
     * @param createdAt    creation time
     * @return token data for the store
     */
    public static TokenData data(String owner, Set<String> scopes, String refreshToken, Instant expiresAt,
            Instant createdAt) {
        return new TokenData(null, PILOT.id(), PILOT.name(), PILOT.ownerHash(), Token.TokenType.CHARACTER, owner,
                scopes, "not-a-jwt", refreshToken, expiresAt, createdAt, createdAt, TokenData.SSO_VERSION);
    }
}
