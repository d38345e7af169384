package dev.esi4j.token.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import dev.esi4j.sso.AccessTokenClaims;
import dev.esi4j.sso.SsoTokens;
import dev.esi4j.token.Scope;
import dev.esi4j.token.Token;

/** The synthetic fixtures of CASES.md ("Fixtures and conventions used by all entries"). */
public final class TokenFixtures {

    public static final long CHAR_A = 2147000001L;
    public static final long CHAR_B = 2147000002L;
    public static final String OWNER_A = "OWNER-A";
    public static final String OWNER_B = "OWNER-B";
    public static final String U1 = "U1";
    public static final String U2 = "U2";
    public static final String A = "esi-skills.read_skills.v1";
    public static final String B = "esi-wallet.read_character_wallet.v1";
    public static final String C = "esi-assets.read_assets.v1";
    public static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");

    private TokenFixtures() {
    }

    public static String name(long characterId) {
        return characterId == CHAR_A ? "Pilot Alpha" : characterId == CHAR_B ? "Pilot Bravo" : "Pilot " + characterId;
    }

    public static AccessTokenClaims claims(long characterId, String ownerHash, Instant expiresAt, String... scopes) {
        Set<String> names = Scope.names(scopes);
        return new AccessTokenClaims(characterId, name(characterId), ownerHash, names, Token.TokenType.CHARACTER,
                "https://login.eveonline.com", List.of("client-0001", "EVE Online"), "client-0001",
                expiresAt.minusSeconds(1200), expiresAt);
    }

    public static SsoTokens sso(String at, String rt, long characterId, String ownerHash, Instant expiresAt,
            String... scopes) {
        return new SsoTokens(at, rt, claims(characterId, ownerHash, expiresAt, scopes));
    }

    /** A clock the test moves. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;

        public MutableClock(Instant start) {
            this.now = start;
        }

        public void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
