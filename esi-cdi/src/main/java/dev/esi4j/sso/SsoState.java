package dev.esi4j.sso;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The OAuth {@code state} of one authorization-code flow: 256 random bits from {@link SecureRandom}, base64url
 * without padding. Compared in constant time ({@link MessageDigest#isEqual}).
 *
 * <pre>
 * SsoState expected = SsoState.from(storedText).orElseThrow();
 * boolean ok = SsoState.from(request.getParameter("state")).map(expected::equals).orElse(false);
 * </pre>
 *
 * @since 0.1
 */
public final class SsoState {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    /** At least 128 bits (22 base64url characters), at most 512 characters. */
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22,512}");

    private final String value;

    /** Generates a new random state. */
    public SsoState() {
        this.value = randomToken(BYTES);
    }

    private SsoState(String value) {
        this.value = value;
    }

    /**
     * @param text a state received from the SSO callback, or read back from storage
     * @return the state, empty when absent or not of the expected form
     */
    public static Optional<SsoState> from(String text) {
        return text != null && FORMAT.matcher(text).matches() ? Optional.of(new SsoState(text)) : Optional.empty();
    }

    /**
     * @param bytes how many random bytes
     * @return that many bytes of {@link SecureRandom} output, base64url without padding
     */
    static String randomToken(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** @return the value to put in the authorize URL and to store */
    public String value() {
        return value;
    }

    /**
     * @param other another state
     * @return whether both hold the same value (constant-time comparison)
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof SsoState state && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                state.value.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int hashCode() {
        return value.length();
    }

    /** @return a fixed text: the value is not shown */
    @Override
    public String toString() {
        return "SsoState[hidden]";
    }
}
