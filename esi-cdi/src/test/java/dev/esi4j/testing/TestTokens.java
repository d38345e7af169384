package dev.esi4j.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import dev.esi4j.token.Token;

/** Token fixtures (case conventions: CHAR_A=2147000001, CHAR_B=2147000002). */
public final class TestTokens {

    public static final long CHAR_A = 2147000001L;
    public static final long CHAR_B = 2147000002L;

    private TestTokens() {
    }

    /** A stored token that counts how often its access token is requested. */
    public static final class Fake implements Token {
        private final long character;
        private final Set<String> scopes;
        private final String access;
        public final AtomicInteger accessCalls = new AtomicInteger();

        public Fake(long character, String access, String... scopes) {
            this.character = character;
            this.access = access;
            this.scopes = Set.of(scopes);
        }

        @Override public Optional<Long> id() { return Optional.of(1L); }
        @Override public long characterId() { return character; }
        @Override public String characterName() { return "Pilot " + character; }
        @Override public String characterOwnerHash() { return "OWNER-" + character; }
        @Override public Set<String> scopes() { return scopes; }
        @Override public TokenType tokenType() { return TokenType.CHARACTER; }
        @Override public Optional<String> owner() { return Optional.of("U1"); }
        @Override public Instant expiresAt() { return Instant.now().plusSeconds(600); }
        @Override public Instant createdAt() { return Instant.now(); }
        @Override public Instant updatedAt() { return Instant.now(); }
        @Override public boolean canRefresh() { return true; }
        @Override public String validAccessToken() {
            accessCalls.incrementAndGet();
            return access;
        }
        @Override public String toString() { return "Fake[" + character + "]"; }
    }

    /** @return an unsigned JWT-shaped access token with the given character and scopes */
    public static String jwt(long character, String... scopes) {
        StringBuilder scp = new StringBuilder("[");
        for (int i = 0; i < scopes.length; i++) {
            scp.append(i > 0 ? "," : "").append('"').append(scopes[i]).append('"');
        }
        scp.append(']');
        String payload = "{\"sub\":\"CHARACTER:EVE:" + character + "\",\"scp\":" + scp + "}";
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        return enc.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + enc.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + ".sig";
    }
}
