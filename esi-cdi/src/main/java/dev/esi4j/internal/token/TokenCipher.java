package dev.esi4j.internal.token;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.token.TokenException;

/**
 * Encryption at rest of access and refresh tokens (MISSION 3.7): AES-GCM with a random 96-bit IV and a 128-bit tag.
 * A stored value reads {@code {aes-gcm:<key id>}<base64url(iv || ciphertext)>}, so the key that encrypted it is
 * known when keys rotate; the character id and field name are authenticated data (a value cannot be moved to
 * another token or field). Values without the prefix are plaintext (written before encryption was switched on)
 * and are read as they are. Without keys the cipher stores plaintext.
 */
public final class TokenCipher {

    static final String PREFIX = "{aes-gcm:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKeySpec> keys;
    private final String activeKey;
    private final SecureRandom random = new SecureRandom();

    TokenCipher(Map<String, byte[]> rawKeys, Optional<String> active) {
        this.keys = new LinkedHashMap<>();
        rawKeys.forEach((id, key) -> keys.put(id, new SecretKeySpec(key, "AES")));
        this.activeKey = active.orElse(keys.isEmpty() ? null : keys.keySet().iterator().next());
        if (activeKey != null && !keys.containsKey(activeKey)) {
            throw new IllegalArgumentException("Active token encryption key id is not among the configured keys");
        }
    }

    /** @param config keys and active key id @return the cipher */
    public static TokenCipher from(EsiConfig config) {
        return new TokenCipher(config.tokenEncryptionKeys(), config.tokenEncryptionActiveKey());
    }

    /**
     * @param plain       a token value, or {@code null}
     * @param characterId owner character (authenticated data)
     * @param field       {@code access} or {@code refresh} (authenticated data)
     * @return the value to store ({@code null} stays {@code null}; plaintext when no key is configured)
     */
    public String seal(String plain, long characterId, String field) {
        if (plain == null || activeKey == null) {
            return plain;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        byte[] sealed = run(Cipher.ENCRYPT_MODE, keys.get(activeKey), iv, aad(characterId, field),
                plain.getBytes(StandardCharsets.UTF_8));
        ByteBuffer out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed);
        return PREFIX + activeKey + "}" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.array());
    }

    /**
     * @param stored      a stored value, or {@code null}
     * @param characterId owner character
     * @param field       {@code access} or {@code refresh}
     * @return the plain value
     * @throws TokenException when the key id is not configured or the value was tampered with (never deletes)
     */
    public String open(String stored, long characterId, String field) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int end = stored.indexOf('}');
        String keyId = stored.substring(PREFIX.length(), end);
        SecretKeySpec key = keys.get(keyId);
        if (key == null) {
            throw new TokenException("The " + field + " token of character " + characterId
                    + " is encrypted with key id '" + keyId + "', which is not configured (esi.token.encryption.keys)");
        }
        byte[] all = Base64.getUrlDecoder().decode(stored.substring(end + 1));
        byte[] iv = java.util.Arrays.copyOf(all, IV_BYTES);
        byte[] sealed = java.util.Arrays.copyOfRange(all, IV_BYTES, all.length);
        return new String(run(Cipher.DECRYPT_MODE, key, iv, aad(characterId, field), sealed), StandardCharsets.UTF_8);
    }

    /**
     * @param stored a stored value
     * @return whether it is encrypted with a key other than the active one (or stored as plaintext while a key is
     *         active)
     */
    public boolean needsReseal(String stored) {
        return stored != null && activeKey != null && !stored.startsWith(PREFIX + activeKey + "}");
    }

    private static byte[] aad(long characterId, String field) {
        return ("esi4j:" + characterId + ":" + field).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] run(int mode, SecretKeySpec key, byte[] iv, byte[] aad, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(aad);
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new TokenException("Token encryption at rest failed (" + e.getClass().getSimpleName() + ")");
        }
    }
}
