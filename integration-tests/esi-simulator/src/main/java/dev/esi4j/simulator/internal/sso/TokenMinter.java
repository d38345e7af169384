package dev.esi4j.simulator.internal.sso;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.esi4j.simulator.SimCharacter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/** Builds EVE-shaped access tokens (claims as in CCP's documentation) and signs them. */
public final class TokenMinter {

    private final SigningKeys keys;
    private final Clock clock;
    private final Duration lifetime;
    private final boolean scpStringForOne;
    private volatile String issuer;

    /**
     * @param keys            signing keys
     * @param clock           time source
     * @param lifetime        token lifetime
     * @param scpStringForOne write one scope as a string
     * @param issuer          {@code iss} value
     */
    public TokenMinter(SigningKeys keys, Clock clock, Duration lifetime, boolean scpStringForOne, String issuer) {
        this.keys = keys;
        this.clock = clock;
        this.lifetime = lifetime;
        this.scpStringForOne = scpStringForOne;
        this.issuer = issuer;
    }

    /** Sets the issuer once the base URL is known. */
    public void issuer(String iss) {
        this.issuer = iss;
    }

    /** @return the issuer */
    public String issuer() {
        return issuer;
    }

    /** @return lifetime in seconds */
    public long lifetimeSeconds() {
        return lifetime.toSeconds();
    }

    /** @return a signed access token */
    public String mint(SimCharacter character, List<String> scopes, String clientId) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder b = new JWTClaimsSet.Builder()
                .jwtID(UUID.randomUUID().toString())
                .claim("kid", keys.currentKeyId())
                .subject("CHARACTER:EVE:" + character.id())
                .claim("azp", clientId)
                .claim("tenant", "tranquility")
                .claim("tier", "live")
                .claim("region", "world")
                .audience(List.of(clientId, "EVE Online"))
                .claim("name", character.name())
                .claim("owner", character.ownerHash())
                .expirationTime(Date.from(now.plus(lifetime)))
                .issueTime(Date.from(now))
                .issuer(issuer);
        if (scopes.size() == 1 && scpStringForOne) {
            b.claim("scp", scopes.get(0));
        } else if (!scopes.isEmpty()) {
            b.claim("scp", scopes);
        }
        return keys.sign(b.build(), false, null);
    }
}
