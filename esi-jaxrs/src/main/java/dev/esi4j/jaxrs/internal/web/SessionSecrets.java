package dev.esi4j.jaxrs.internal.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * Random per-session secrets: the CSRF token of the selection form and the binding key that ties pending SSO flows
 * to this browser session. Both are session attributes, so they survive the session-id renewal of the callback
 * (several flows may be pending in different tabs) and die with the session.
 */
public final class SessionSecrets {

    static final String CSRF = "dev.esi4j.jaxrs.csrf";
    static final String BINDING = "dev.esi4j.jaxrs.binding";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Object LOCK = new Object();

    private SessionSecrets() {
    }

    /**
     * @param session the browser session
     * @return the CSRF token of the session, created on first use
     */
    public static String csrfToken(HttpSession session) {
        return getOrCreate(session, CSRF);
    }

    /**
     * @param session   the browser session, {@code null} when there is none
     * @param submitted the token a form sent
     * @return whether it equals the session's token (constant-time comparison)
     */
    public static boolean csrfMatches(HttpSession session, String submitted) {
        Object expected = session == null ? null : session.getAttribute(CSRF);
        return expected instanceof String text && submitted != null
                && MessageDigest.isEqual(text.getBytes(StandardCharsets.US_ASCII),
                        submitted.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * @param session the browser session
     * @return the key that binds SSO flows to the session, created on first use
     */
    public static String binding(HttpSession session) {
        return getOrCreate(session, BINDING);
    }

    /**
     * @param session the browser session, {@code null} when there is none
     * @return the binding key, empty when no flow was ever started in this session
     */
    public static Optional<String> existingBinding(HttpSession session) {
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(BINDING)).map(String.class::cast);
    }

    /**
     * @param bytes number of random bytes
     * @return that many {@link SecureRandom} bytes, base64url without padding
     */
    public static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    private static String getOrCreate(HttpSession session, String name) {
        synchronized (LOCK) {
            Object current = session.getAttribute(name);
            if (current instanceof String text) {
                return text;
            }
            String created = random(32);
            session.setAttribute(name, created);
            return created;
        }
    }
}
