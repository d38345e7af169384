package dev.esi4j.internal.sso;

import static dev.esi4j.internal.sso.OAuthParams.*;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.sso.AuthorizationRequest;
import dev.esi4j.sso.SsoConfigurationException;
import dev.esi4j.sso.SsoState;

/**
 * Builds authorize URLs (MISSION 2.1): {@code response_type=code}, {@code client_id}, the configured
 * {@code redirect_uri} exactly (B20), normalised {@code scope} (B22), random {@code state} and PKCE S256.
 */
public final class AuthorizeUrls {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int VERIFIER_BYTES = 32;

    private final String clientId;
    private final URI callbackUrl;
    private final boolean pkce;

    /**
     * @param config client id, callback URL, PKCE switch (PKCE is always used for a public client)
     */
    public AuthorizeUrls(EsiConfig config) {
        this.clientId = config.ssoClientId().orElse(null);
        this.callbackUrl = config.ssoCallbackUrl().orElse(null);
        this.pkce = config.ssoPkce() || config.ssoPublicClient();
    }

    /**
     * @param endpoint the SSO authorization endpoint
     * @param scopes   requested scopes (each element may hold several, space-separated)
     * @return the URL and what to keep until the callback
     */
    public AuthorizationRequest start(URI endpoint, Collection<String> scopes) {
        if (clientId == null) {
            throw new SsoConfigurationException("no EVE SSO client id: set " + EsiConfigKeys.SSO_CLIENT_ID);
        }
        if (callbackUrl == null) {
            throw new SsoConfigurationException("no EVE SSO callback URL: set " + EsiConfigKeys.SSO_CALLBACK_URL);
        }
        Set<String> normalized = ScopeNames.normalize(scopes);
        String state = new SsoState().value();
        String verifier = pkce ? newVerifier() : null;
        Map<String, String> query = new LinkedHashMap<>();
        query.put(RESPONSE_TYPE, CODE);
        query.put(CLIENT_ID, clientId);
        query.put(REDIRECT_URI, callbackUrl.toString());
        if (!normalized.isEmpty()) {
            query.put(SCOPE, String.join(" ", normalized));
        }
        query.put(STATE, state);
        if (verifier != null) {
            query.put(CODE_CHALLENGE, challenge(verifier));
            query.put(CODE_CHALLENGE_METHOD, S256);
        }
        String base = endpoint.toString();
        String separator = endpoint.getRawQuery() == null ? "?" : "&";
        URI url = URI.create(base + separator + SsoHttp.encodeForm(query));
        return new AuthorizationRequest(url, state, verifier, normalized);
    }

    /** @return a new PKCE verifier: 256 random bits, base64url (43 characters, RFC 7636) */
    static String newVerifier() {
        byte[] random = new byte[VERIFIER_BYTES];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /**
     * @param verifier a PKCE verifier
     * @return its S256 challenge
     */
    public static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
