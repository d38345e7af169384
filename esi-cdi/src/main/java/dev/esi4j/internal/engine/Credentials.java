package dev.esi4j.internal.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import dev.esi4j.token.Token;

/** The token of a call: a {@link Token} (refreshed when needed) or a raw access-token string. */
public final class Credentials {

    private final Token token;
    private final String accessToken;
    private final JwtPeek peek;

    private Credentials(Token token, String accessToken) {
        this.token = token;
        this.accessToken = accessToken;
        this.peek = accessToken == null ? null : JwtPeek.of(accessToken);
    }

    /**
     * @param token a stored token
     * @return credentials using it
     */
    public static Credentials of(Token token) {
        return new Credentials(token, null);
    }

    /**
     * @param accessToken a bearer access token
     * @return credentials using it
     */
    public static Credentials of(String accessToken) {
        return new Credentials(null, accessToken);
    }

    /** @return a valid access token (a stored token refreshes itself when about to expire) */
    public String accessToken() {
        return token != null ? token.validAccessToken() : accessToken;
    }

    /** @return the character, when known */
    public Optional<Long> characterId() {
        return token != null ? Optional.of(token.characterId()) : peek.characterId();
    }

    /** @return the granted scopes, empty when unknown (an opaque access-token string) */
    public Optional<Set<String>> scopes() {
        return token != null ? Optional.of(token.scopes()) : peek.scopes();
    }

    /** @return a stable identity for cache keys and rate-limit buckets: the character or a token digest */
    public String identity() {
        return characterId().map(id -> "char:" + id).orElseGet(() -> "tok:" + digest(accessToken));
    }

    private static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "Credentials[" + identity() + "]";
    }

    /** Reads {@code sub} and {@code scp} of an unverified JWT (only for scope checks and keys, never trust). */
    private record JwtPeek(Optional<Long> characterId, Optional<Set<String>> scopes) {

        static JwtPeek of(String jwt) {
            String[] parts = jwt.split("\\.");
            if (parts.length != 3) {
                return new JwtPeek(Optional.empty(), Optional.empty());
            }
            try {
                String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
                return JwtClaimsPeek.read(json);
            } catch (RuntimeException e) {
                return new JwtPeek(Optional.empty(), Optional.empty());
            }
        }
    }

    /** Parses the claims JSON. */
    private static final class JwtClaimsPeek {
        static JwtPeek read(String json) {
            jakarta.json.JsonObject claims = jakarta.json.Json.createReader(new java.io.StringReader(json))
                    .readObject();
            Optional<Long> character = Optional.empty();
            String sub = claims.getString("sub", "");
            if (sub.startsWith("CHARACTER:EVE:")) {
                character = Optional.of(Long.parseLong(sub.substring("CHARACTER:EVE:".length())));
            }
            jakarta.json.JsonValue scp = claims.get("scp");
            Optional<Set<String>> scopes = Optional.empty();
            if (scp instanceof jakarta.json.JsonString s) {
                scopes = Optional.of(Set.of(s.getString()));
            } else if (scp instanceof jakarta.json.JsonArray a) {
                scopes = Optional.of(Set.copyOf(a.getValuesAs(jakarta.json.JsonString::getString)));
            } else if (scp == null) {
                scopes = Optional.of(Set.of());
            }
            return new JwtPeek(character, scopes);
        }
    }
}
