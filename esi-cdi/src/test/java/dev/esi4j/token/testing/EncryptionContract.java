package dev.esi4j.token.testing;

import static dev.esi4j.token.testing.TokenFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.token.Token;
import dev.esi4j.token.TokenData;
import dev.esi4j.token.TokenException;
import dev.esi4j.token.TokenService;

/** MISSION 3.7: AES-GCM encryption at rest with key ids and rotation. */
public abstract class EncryptionContract extends TokenServiceContract {

    private static final String K1 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String K2 = Base64.getEncoder().encodeToString("fedcba9876543210".getBytes());

    private TokenService withKeys(String keys, String active) {
        return service(Map.of(EsiConfigKeys.TOKEN_ENCRYPTION_KEYS, keys, EsiConfigKeys.TOKEN_ENCRYPTION_ACTIVE_KEY,
                active));
    }

    @Test
    @DisplayName("Encryption on: the store holds ciphertext with the key id, the API returns the plain value")
    void encryption_storesCiphertextWithKeyId() {
        service = withKeys("k1=" + K1, "k1");
        Token t1 = login(U1, "AT-plain", "RT-plain", CHAR_A, Duration.ofMinutes(20), A);
        TokenData raw = stored(t1);
        assertThat(raw.accessToken()).startsWith("{aes-gcm:k1}").doesNotContain("AT-plain");
        assertThat(raw.refreshToken()).startsWith("{aes-gcm:k1}").doesNotContain("RT-plain");
        assertThat(service.findOptionalById(t1.id().orElseThrow()).orElseThrow().validAccessToken())
                .isEqualTo("AT-plain");
    }

    @Test
    @DisplayName("Key rotation: old values stay readable; a refresh stores both tokens under the active key")
    void encryption_rotation_resealsOnRefresh() {
        service = withKeys("k1=" + K1, "k1");
        Token t1 = login(U1, "AT-0", "RT-1", CHAR_A, Duration.ofSeconds(-10), A);
        service = withKeys("k1=" + K1 + ",k2=" + K2, "k2");
        sso.answer("RT-1", fresh("AT-1", null));
        Token reloaded = service.findOptionalById(t1.id().orElseThrow()).orElseThrow();
        assertThat(reloaded.validAccessToken()).isEqualTo("AT-1");
        assertThat(sso.refreshCalls).containsExactly("RT-1");
        assertThat(stored(t1).accessToken()).startsWith("{aes-gcm:k2}");
        assertThat(stored(t1).refreshToken()).startsWith("{aes-gcm:k2}");
    }

    @Test
    @DisplayName("A value encrypted with a key that is no longer configured fails clearly and is not deleted")
    void encryption_missingKey_errorAndKept() {
        service = withKeys("k1=" + K1, "k1");
        Token t1 = login(U1, "AT-0", "RT-1", CHAR_A, Duration.ofSeconds(-10), A);
        service = withKeys("k2=" + K2, "k2");
        Token reloaded = service.findOptionalById(t1.id().orElseThrow()).orElseThrow();
        assertThatThrownBy(reloaded::validAccessToken).isInstanceOf(TokenException.class).hasMessageContaining("k1")
                .hasMessageNotContaining("RT-1");
        assertThat(service.tokens().requireValid()).isEmpty();
        assertThat(store.findOptionalById(t1.id().orElseThrow())).isPresent();
        assertThat(sso.refreshCalls).isEmpty();
    }

    @Test
    @DisplayName("Tampered ciphertext is rejected; plaintext written before encryption was on is still read")
    void encryption_tamperedRejected_plaintextRead() {
        Token plain = login(U1, "AT-old", "RT-old", CHAR_A, Duration.ofMinutes(20), A);
        service = withKeys("k1=" + K1, "k1");
        assertThat(service.findOptionalById(plain.id().orElseThrow()).orElseThrow().validAccessToken())
                .isEqualTo("AT-old");
        Token sealed = login(U2, "AT-new", "RT-new", CHAR_B, Duration.ofMinutes(20), A);
        long id = sealed.id().orElseThrow();
        store.updateLocked(id, d -> d.withTokens(d.accessToken().substring(0, d.accessToken().length() - 2) + "AA",
                d.refreshToken(), d.expiresAt(), d.updatedAt()));
        assertThatThrownBy(() -> service.findOptionalById(id).orElseThrow().validAccessToken())
                .isInstanceOf(TokenException.class);
    }
}
