package dev.esi4j.internal.sso;

import static dev.esi4j.internal.sso.OAuthParams.*;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.sso.InvalidGrantException;
import dev.esi4j.sso.SsoConfigurationException;
import dev.esi4j.sso.SsoException;
import dev.esi4j.sso.SsoUnavailableException;

/**
 * Posts to the SSO token and revocation endpoints with the client's authentication (HTTP Basic with id and secret,
 * or {@code client_id} in the body for a public client) and turns each answer into a result or a distinct
 * exception. It sends once; retries are the caller's decision.
 * <ul>
 * <li>{@code invalid_grant} &rarr; {@link InvalidGrantException} (the grant is dead)</li>
 * <li>401, {@code invalid_client}, {@code unauthorized_client} &rarr; {@link SsoConfigurationException} naming the
 * credential keys</li>
 * <li>429, 5xx, connection failure, timeout &rarr; {@link TransientSsoException} with {@code Retry-After}</li>
 * <li>an answer that is neither usable nor a known error (B04) &rarr; {@link SsoUnavailableException}</li>
 * <li>another OAuth error code &rarr; {@link SsoException}</li>
 * </ul>
 */
public final class TokenEndpoint {

    /**
     * The unvalidated token-endpoint answer.
     *
     * @param accessToken  the access token
     * @param refreshToken the refresh token, {@code null} when none was returned
     */
    public record RawTokens(String accessToken, String refreshToken) {
        @Override
        public String toString() {
            return "RawTokens[hidden]";
        }
    }

    private final String clientId;
    private final String basicAuth;
    private final SsoHttp http;
    private final Clock clock;

    /**
     * @param config client id, secret and public-client switch
     * @param http   the client's HTTP transport
     * @param clock  the clock (HTTP-date {@code Retry-After})
     */
    public TokenEndpoint(EsiConfig config, SsoHttp http, Clock clock) {
        this.clientId = config.ssoClientId().orElse(null);
        String secret = config.ssoPublicClient() ? null : config.ssoClientSecret().orElse(null);
        this.basicAuth = clientId == null || secret == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        this.http = http;
        this.clock = clock;
    }

    /** @return whether the client authenticates with a secret (else: public client, {@code client_id} in body) */
    public boolean confidential() {
        return basicAuth != null;
    }

    /**
     * @param what     the step for messages ("code exchange", "token refresh")
     * @param endpoint the token endpoint
     * @param params   the grant parameters
     * @return the tokens
     */
    public RawTokens requestTokens(String what, URI endpoint, Map<String, String> params) {
        SsoHttp.Response response = post(what, endpoint, params);
        Map<String, Object> json = SsoFailures.jsonObject(response.body());
        String accessToken = SsoFailures.string(json, ACCESS_TOKEN);
        if (accessToken == null || accessToken.isBlank()) {
            throw SsoFailures.malformed(what + " (no access_token)", response);
        }
        String tokenType = SsoFailures.string(json, TOKEN_TYPE);
        if (tokenType != null && !BEARER.equalsIgnoreCase(tokenType.trim())) {
            throw new SsoException(what + ": EVE SSO returned token_type '" + SsoFailures.sanitize(tokenType)
                    + "', only Bearer is supported");
        }
        String refreshToken = SsoFailures.string(json, REFRESH_TOKEN);
        return new RawTokens(accessToken, refreshToken == null || refreshToken.isBlank() ? null : refreshToken);
    }

    /**
     * Posts with client authentication and checks the status.
     *
     * @param what     the step for messages
     * @param endpoint where
     * @param params   the request parameters (without client authentication)
     * @return a 2xx answer
     */
    public SsoHttp.Response post(String what, URI endpoint, Map<String, String> params) {
        Map<String, String> form = new LinkedHashMap<>(params);
        if (basicAuth == null) {
            if (clientId == null) {
                throw new SsoConfigurationException(what + ": no EVE SSO client id; set " + EsiConfigKeys.SSO_CLIENT_ID);
            }
            form.put(CLIENT_ID, clientId);
        }
        SsoHttp.Response response;
        try {
            response = http.postForm(endpoint, form, basicAuth);
        } catch (IOException e) {
            throw SsoFailures.transport(what, e);
        }
        if (!response.ok()) {
            throw failure(what, response);
        }
        return response;
    }

    private RuntimeException failure(String what, SsoHttp.Response response) {
        int status = response.status();
        if (SsoFailures.isServerSide(status)) {
            return SsoFailures.serverSide(what, response, clock);
        }
        Map<String, Object> json = SsoFailures.jsonObject(response.body());
        String error = SsoFailures.string(json, ERROR);
        String description = SsoFailures.string(json, ERROR_DESCRIPTION);
        String detail = error == null ? "" : " (" + SsoFailures.sanitize(error)
                + (description == null ? "" : ": " + SsoFailures.sanitize(description)) + ")";
        if (INVALID_GRANT.equals(error)) {
            return new InvalidGrantException(what + ": EVE SSO refused the grant" + detail);
        }
        if (status == 401 || INVALID_CLIENT.equals(error) || UNAUTHORIZED_CLIENT.equals(error)) {
            return new SsoConfigurationException(what + ": EVE SSO refused the client credentials (HTTP " + status
                    + detail + "); check " + credentialKeys());
        }
        if (error != null) {
            return new SsoException(what + ": EVE SSO answered HTTP " + status + detail);
        }
        return SsoFailures.malformed(what, response);
    }

    private String credentialKeys() {
        return basicAuth == null
                ? EsiConfigKeys.SSO_CLIENT_ID + " and " + EsiConfigKeys.SSO_PUBLIC_CLIENT
                        + " (the SSO application must allow PKCE without secret)"
                : EsiConfigKeys.SSO_CLIENT_ID + " and " + EsiConfigKeys.SSO_CLIENT_SECRET;
    }
}
