package dev.esi4j.internal.sso;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/** Test keys (generated once per JVM) and a JWT factory with the CASES.md default claims. */
final class TestKeys {

    static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");
    static final String CLIENT_ID = "client-0001";
    static final String CLIENT_SECRET = "secret-0001";
    static final String CALLBACK = "https://app.test/sso/callback/";
    static final long CHAR_A = 2147000001L;
    static final String SCOPE_A = "esi-skills.read_skills.v1";
    static final String SCOPE_B = "esi-wallet.read_character_wallet.v1";
    static final String SCOPE_C = "esi-assets.read_assets.v1";

    /** Keys generated once and stored (generation takes seconds on a busy machine); test-only private keys. */
    private static final JWKSet STORED = load();
    static final RSAKey KEY_A = STORED.getKeyByKeyId("key-A").toRSAKey();
    static final RSAKey KEY_B = STORED.getKeyByKeyId("key-B").toRSAKey();
    static final RSAKey KEY_C = STORED.getKeyByKeyId("key-C").toRSAKey();
    /** A 1024-bit RSA key: too short to be accepted. */
    static final RSAKey KEY_SHORT = STORED.getKeyByKeyId("key-S").toRSAKey();
    static final ECKey KEY_E = STORED.getKeyByKeyId("key-E").toECKey();

    private TestKeys() {
    }

    private static JWKSet load() {
        try (InputStream in = TestKeys.class.getResourceAsStream("/sso/test-signing-keys.json")) {
            return JWKSet.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = TestKeys.class.getResourceAsStream("/sso/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return a JWKS document with the public halves, plus CCP's extra member */
    static String jwks(JWK... keys) {
        List<Object> list = new ArrayList<>();
        for (JWK key : keys) {
            list.add(key.toPublicJWK().toJSONObject());
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("keys", list);
        doc.put("SkipUnresolvedJsonWebKeys", true);
        return JSONObjectUtils.toJSONString(doc);
    }

    /** @return the default claims of AT-n (CASES.md fixtures) */
    static Map<String, Object> defaultClaims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "CHARACTER:EVE:" + CHAR_A);
        claims.put("name", "Pilot Alpha");
        claims.put("owner", "OWNER-A");
        claims.put("scp", List.of(SCOPE_A));
        claims.put("aud", List.of(CLIENT_ID, "EVE Online"));
        claims.put("iss", "https://login.eveonline.com");
        claims.put("azp", CLIENT_ID);
        claims.put("iat", T0.getEpochSecond());
        claims.put("exp", T0.getEpochSecond() + 1200);
        claims.put("jti", "jti-1");
        claims.put("tenant", "tranquility");
        return claims;
    }

    static String jwt(JWK key, Map<String, Object> claims) {
        return jwt(key, key.getKeyID(), claims);
    }

    static String jwt(JWK signingKey, String kid, Map<String, Object> claims) {
        try {
            JWSAlgorithm alg = signingKey instanceof ECKey ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256;
            JWSSigner signer = signingKey instanceof ECKey ec ? new ECDSASigner(ec)
                    : new RSASSASigner(((RSAKey) signingKey).toPrivateKey(),
                            java.util.Set.of(com.nimbusds.jose.crypto.opts.AllowWeakRSAKey.getInstance()));
            JWSHeader header = new JWSHeader.Builder(alg).keyID(kid).type(JOSEObjectType.JWT).build();
            SignedJWT jwt = new SignedJWT(header, JWTClaimsSet.parse(claims));
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException | java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the default claims with overrides ({@code null} value removes a claim) */
    static Map<String, Object> claims(Object... pairs) {
        Map<String, Object> claims = defaultClaims();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] == null) {
                claims.remove((String) pairs[i]);
            } else {
                claims.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return claims;
    }

    static Date date(Instant instant) {
        return Date.from(instant);
    }
}
