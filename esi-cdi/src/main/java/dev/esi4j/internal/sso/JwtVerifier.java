package dev.esi4j.internal.sso;

import java.text.ParseException;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import dev.esi4j.sso.AccessTokenClaims;
import dev.esi4j.sso.JwtValidationException;
import dev.esi4j.sso.SsoUnavailableException;

/**
 * Validates EVE SSO access tokens (MISSION 2.4): JWS compact form only, {@code alg} RS256 or ES256 (never
 * {@code none} or HMAC), key chosen by the header's {@code kid} in the {@link JwksCache} and matching the algorithm
 * (RSA of at least 2048 bits, or EC P-256), then the claims by {@link ClaimsRules}. Messages name the failed check,
 * never the token.
 */
public final class JwtVerifier {

    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
    private static final int MAX_LENGTH = 64 * 1024;
    private static final int MIN_RSA_BITS = 2048;

    private final JwksCache keys;
    private final ClaimsRules rules;

    /**
     * @param keys  the key set
     * @param rules the claim checks
     */
    public JwtVerifier(JwksCache keys, ClaimsRules rules) {
        this.keys = keys;
        this.rules = rules;
    }

    /**
     * @param accessToken the JWT
     * @return its validated claims
     * @throws JwtValidationException  naming the failed check
     * @throws SsoUnavailableException when the key set cannot be fetched (transient: never treat as invalid)
     */
    public AccessTokenClaims verify(String accessToken) {
        if (accessToken == null || accessToken.isBlank() || accessToken.length() > MAX_LENGTH) {
            throw new JwtValidationException("access token is missing or too long");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(accessToken.trim());
        } catch (ParseException e) {
            throw new JwtValidationException("access token is not a signed JWT");
        }
        JWSHeader header = jwt.getHeader();
        JWSAlgorithm alg = header.getAlgorithm();
        if (!ALGORITHMS.contains(alg)) {
            throw new JwtValidationException("access token algorithm " + alg + " is not accepted (RS256, ES256)");
        }
        String kid = header.getKeyID();
        if (kid == null || kid.isBlank()) {
            throw new JwtValidationException("access token header has no kid");
        }
        JWK key = keys.find(kid);
        if (key == null) {
            throw new JwtValidationException("no EVE SSO signing key with kid '" + SsoFailures.sanitize(kid) + "'");
        }
        checkSignature(jwt, alg, key);
        try {
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            return rules.check(claims);
        } catch (ParseException e) {
            throw new JwtValidationException("access token claims are not a JSON object of the expected types");
        }
    }

    private static void checkSignature(SignedJWT jwt, JWSAlgorithm alg, JWK key) {
        if (key.getAlgorithm() != null && !alg.equals(key.getAlgorithm())
                || key.getKeyUse() != null && !KeyUse.SIGNATURE.equals(key.getKeyUse())) {
            throw new JwtValidationException("key '" + SsoFailures.sanitize(key.getKeyID())
                    + "' is not a signing key for " + alg);
        }
        try {
            if (!jwt.verify(verifierFor(alg, key))) {
                throw new JwtValidationException("access token signature is invalid");
            }
        } catch (JOSEException e) {
            throw new JwtValidationException("access token signature could not be checked", e);
        }
    }

    private static JWSVerifier verifierFor(JWSAlgorithm alg, JWK key) throws JOSEException {
        if (JWSAlgorithm.RS256.equals(alg) && key instanceof RSAKey rsa) {
            if (rsa.size() < MIN_RSA_BITS) {
                throw new JwtValidationException("RSA signing key is shorter than " + MIN_RSA_BITS + " bits");
            }
            return new RSASSAVerifier(rsa);
        }
        if (JWSAlgorithm.ES256.equals(alg) && key instanceof ECKey ec && Curve.P_256.equals(ec.getCurve())) {
            return new ECDSAVerifier(ec);
        }
        throw new JwtValidationException("key '" + SsoFailures.sanitize(key.getKeyID()) + "' does not fit " + alg);
    }
}
