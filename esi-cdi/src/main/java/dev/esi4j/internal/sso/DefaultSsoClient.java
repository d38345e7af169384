package dev.esi4j.internal.sso;

import static dev.esi4j.internal.sso.OAuthParams.*;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.sso.AccessTokenClaims;
import dev.esi4j.sso.AuthorizationRequest;
import dev.esi4j.sso.InvalidGrantException;
import dev.esi4j.sso.SsoClient;
import dev.esi4j.sso.SsoTokens;

/**
 * The EVE SSO v2 client: orchestrates {@link AuthorizeUrls}, {@link TokenEndpoint} (the token-exchange
 * controller), {@link JwtVerifier} and {@link SsoEndpoints}. One {@link SsoHttp} (one JDK HttpClient) per instance.
 *
 * <p>EVE SSO v2 authorization-code flow; code comments cite these step numbers:
 * <pre>
 *  1. startAuthorization(scopes): new state (256 bits) and PKCE S256 verifier; authorize URL from the metadata
 *     (or esi.sso.login-url) with response_type=code, client_id, redirect_uri, scope, state, code_challenge.
 *  2. The application keeps state and verifier server side and redirects the browser to the authorize URL.
 *  3. Browser -&gt; SSO /v2/oauth/authorize: login, character choice, consent.
 *  4. SSO -&gt; browser -&gt; callback ?code=...&amp;state=... (or ?error=...).
 *  5. The callback checks state (SsoState, constant time, single use): esi-jaxrs.
 *  6. exchangeCode: POST token endpoint, grant_type=authorization_code, code, redirect_uri, code_verifier;
 *     HTTP Basic (id:secret) or client_id (public client). Sent once, never retried.
 *  7. The access token is validated (JWKS key by kid, iss, aud, exp, sub) and its claims returned.
 *  8. refresh: POST grant_type=refresh_token; retried on 429/5xx/connection failure honouring Retry-After; the new
 *     access token is validated as in 7; the refresh token is the rotated one, or null when none came back.
 *  9. revoke (optional, on delete): POST the refresh token to the revocation endpoint (RFC 7009).
 * </pre>
 */
public final class DefaultSsoClient implements SsoClient, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DefaultSsoClient.class.getName());

    private final SsoHttp http;
    private final SsoEndpoints endpoints;
    private final AuthorizeUrls authorizeUrls;
    private final TokenEndpoint tokenEndpoint;
    private final JwtVerifier verifier;
    private final Retrier retrier;
    private final String redirectUri;

    /**
     * @param config  the configuration
     * @param clock   the clock (expiry, caches, Retry-After)
     * @param sleeper how retries wait
     */
    public DefaultSsoClient(EsiConfig config, Clock clock, Retrier.Sleeper sleeper) {
        this.http = new SsoHttp(config);
        this.endpoints = new SsoEndpoints(config, http, clock);
        this.authorizeUrls = new AuthorizeUrls(config);
        this.tokenEndpoint = new TokenEndpoint(config, http, clock);
        JwksCache keys = new JwksCache(() -> endpoints.get(SsoEndpoints.Kind.JWKS), http, clock);
        this.verifier = new JwtVerifier(keys, new ClaimsRules(config, clock));
        this.retrier = new Retrier(config.ssoRefreshMaxRetries(), sleeper);
        this.redirectUri = config.ssoCallbackUrl().map(Object::toString).orElse(null);
    }

    @Override
    public AuthorizationRequest startAuthorization(Collection<String> scopes) {
        // step 1
        return authorizeUrls.start(endpoints.get(SsoEndpoints.Kind.AUTHORIZE), scopes);
    }

    @Override
    public SsoTokens exchangeCode(String code, String codeVerifier) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("no authorization code");
        }
        if (codeVerifier == null && !tokenEndpoint.confidential()) {
            throw new IllegalArgumentException("a public client needs the PKCE code verifier of the flow");
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put(GRANT_TYPE, AUTHORIZATION_CODE);
        params.put(CODE, code);
        if (redirectUri != null) {
            params.put(REDIRECT_URI, redirectUri);
        }
        if (codeVerifier != null) {
            params.put(CODE_VERIFIER, codeVerifier);
        }
        // step 6: exactly one POST, whatever happens
        TokenEndpoint.RawTokens raw =
                tokenEndpoint.requestTokens("code exchange", endpoints.get(SsoEndpoints.Kind.TOKEN), params);
        // step 7
        return validated(raw);
    }

    @Override
    public SsoTokens refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new IllegalArgumentException("no refresh token");
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put(GRANT_TYPE, REFRESH_TOKEN);
        params.put(REFRESH_TOKEN, refreshToken);
        // step 8
        TokenEndpoint.RawTokens raw = retrier.call(() ->
                tokenEndpoint.requestTokens("token refresh", endpoints.get(SsoEndpoints.Kind.TOKEN), params));
        SsoTokens tokens = validated(raw);
        LOG.log(Level.DEBUG, "refreshed EVE SSO token of character {0} (refresh token rotated: {1})",
                tokens.claims().characterId(), tokens.refreshToken() != null);
        return tokens;
    }

    @Override
    public void revoke(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new IllegalArgumentException("no refresh token");
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put(TOKEN, refreshToken);
        params.put(TOKEN_TYPE_HINT, REFRESH_TOKEN);
        try {
            // step 9
            retrier.call(() ->
                    tokenEndpoint.post("token revocation", endpoints.get(SsoEndpoints.Kind.REVOKE), params));
        } catch (InvalidGrantException alreadyDead) {
            LOG.log(Level.DEBUG, "revoked token was already unknown to EVE SSO");
        }
    }

    @Override
    public AccessTokenClaims verify(String accessToken) {
        return verifier.verify(accessToken);
    }

    private SsoTokens validated(TokenEndpoint.RawTokens raw) {
        AccessTokenClaims claims = verifier.verify(raw.accessToken());
        return new SsoTokens(raw.accessToken(), raw.refreshToken(), claims);
    }

    /** Releases the HTTP client (Java 21+; a no-op on 17). */
    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "DefaultSsoClient[" + http.userAgent() + "]";
    }
}
