package dev.esi4j.simulator.internal.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.List;

/** Checks bearer tokens the way ESI does: signature against the SSO's JWKS, expiry, character, scopes. */
public final class BearerVerifier {

    private final SigningKeys keys;
    private final Clock clock;

    /** @param keys the SSO's keys @param clock time source */
    public BearerVerifier(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * Result of a check.
     *
     * @param status      0 when valid, else 401 or 403
     * @param error       ESI error message
     * @param characterId character of a valid token
     * @param scopes      scopes of a valid token
     * @param expired     whether the failure is an expired token
     */
    public record Verdict(int status, String error, long characterId, List<String> scopes, boolean expired) {
        static Verdict fail(int status, String error) {
            return new Verdict(status, error, 0, List.of(), false);
        }
    }

    /** @param authorization the Authorization header or {@code null} */
    public Verdict verify(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Verdict.fail(401, "Authentication required");
        }
        String token = authorization.substring(7).trim();
        if (token.length() > 4096) {
            return Verdict.fail(403, "authentication failure");
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            JWK key = keys.find(jwt.getHeader().getKeyID());
            if (key == null || !jwt.verify(verifier(key))) {
                return Verdict.fail(401, "Invalid token signature");
            }
            return claims(jwt.getJWTClaimsSet());
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Verdict.fail(401, "Invalid token");
        }
    }

    private static JWSVerifier verifier(JWK key) throws JOSEException {
        if (key instanceof RSAKey r) {
            return new RSASSAVerifier(r);
        }
        return new ECDSAVerifier((ECKey) key);
    }

    private Verdict claims(JWTClaimsSet claims) throws ParseException {
        Date exp = claims.getExpirationTime();
        if (exp == null || !exp.toInstant().isAfter(clock.instant())) {
            return new Verdict(403, "token is expired", 0, List.of(), true);
        }
        String sub = claims.getSubject();
        if (sub == null || !sub.startsWith("CHARACTER:EVE:")) {
            return Verdict.fail(401, "Invalid token subject");
        }
        return new Verdict(0, null, Long.parseLong(sub.substring("CHARACTER:EVE:".length())),
                Scopes.fromClaim(claims.getClaim("scp")), false);
    }
}
