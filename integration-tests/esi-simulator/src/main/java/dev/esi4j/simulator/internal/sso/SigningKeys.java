package dev.esi4j.simulator.internal.sso;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The SSO's signing keys: a current RS256 key (kid {@code JWT-Signature-Key} like EVE's) and a
 * current ES256 key, plus rotated-out keys that stay published until retired. Thread-safe.
 */
public final class SigningKeys {

    private RSAKey rsa;
    private ECKey ec;
    private final List<JWK> published = new ArrayList<>();
    private int generation;

    /** Generates the first key pair. */
    public SigningKeys() {
        rotate();
    }

    /** Generates new current keys; old ones remain published. */
    public synchronized void rotate() {
        generation++;
        String rsaKid = generation == 1 ? "JWT-Signature-Key" : "JWT-Signature-Key-" + generation;
        try {
            rsa = new RSAKeyGenerator(2048).keyID(rsaKid).algorithm(JWSAlgorithm.RS256)
                    .keyUse(KeyUse.SIGNATURE).generate();
            ec = new ECKeyGenerator(Curve.P_256).keyID(UUID.randomUUID().toString())
                    .algorithm(JWSAlgorithm.ES256).keyUse(KeyUse.SIGNATURE).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate keys", e);
        }
        published.add(0, ec.toPublicJWK());
        published.add(0, rsa.toPublicJWK());
    }

    /** Unpublishes all but the current keys. */
    public synchronized void retireOld() {
        published.clear();
        published.add(rsa.toPublicJWK());
        published.add(ec.toPublicJWK());
    }

    /** @return the current RS256 key id */
    public synchronized String currentKeyId() {
        return rsa.getKeyID();
    }

    /** @return the published public key with this id, or {@code null} */
    public synchronized JWK find(String kid) {
        return published.stream().filter(k -> k.getKeyID().equals(kid)).findFirst().orElse(null);
    }

    /** @return the JWKS document as EVE serves it */
    public synchronized Map<String, Object> jwks() {
        List<Object> keys = new ArrayList<>();
        published.forEach(k -> keys.add(k.toJSONObject()));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("keys", keys);
        doc.put("SkipUnresolvedJsonWebKeys", Boolean.TRUE);
        return doc;
    }

    /**
     * @param claims   JWT claims
     * @param es256    sign with the EC key instead of the RSA key
     * @param kidInHeader key id to write into the header, {@code null} for the signing key's id
     * @return compact signed JWT
     */
    public String sign(JWTClaimsSet claims, boolean es256, String kidInHeader) {
        JWK key;
        JWSSigner signer;
        synchronized (this) {
            key = es256 ? ec : rsa;
        }
        try {
            signer = es256 ? new ECDSASigner((ECKey) key) : new RSASSASigner((RSAKey) key);
            JWSHeader header = new JWSHeader.Builder(es256 ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256)
                    .keyID(kidInHeader == null ? key.getKeyID() : kidInHeader).type(JOSEObjectType.JWT).build();
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign", e);
        }
    }
}
