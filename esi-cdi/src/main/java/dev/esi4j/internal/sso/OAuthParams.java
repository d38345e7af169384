package dev.esi4j.internal.sso;

/** OAuth 2.0 / EVE SSO v2 protocol names (RFC 6749, 7009, 7636, 8414). */
public final class OAuthParams {

    /** Authorize request: response type. */
    public static final String RESPONSE_TYPE = "response_type";
    /** The only response type used. */
    public static final String CODE = "code";
    /** Client id (authorize request; token request of a public client). */
    public static final String CLIENT_ID = "client_id";
    /** Callback URL. */
    public static final String REDIRECT_URI = "redirect_uri";
    /** Space-separated scopes. */
    public static final String SCOPE = "scope";
    /** Anti-CSRF state. */
    public static final String STATE = "state";
    /** PKCE challenge. */
    public static final String CODE_CHALLENGE = "code_challenge";
    /** PKCE challenge method. */
    public static final String CODE_CHALLENGE_METHOD = "code_challenge_method";
    /** The only PKCE method used. */
    public static final String S256 = "S256";
    /** PKCE verifier (token request). */
    public static final String CODE_VERIFIER = "code_verifier";
    /** Token request: grant type. */
    public static final String GRANT_TYPE = "grant_type";
    /** Grant type of the code exchange. */
    public static final String AUTHORIZATION_CODE = "authorization_code";
    /** Grant type (and parameter) of a refresh. */
    public static final String REFRESH_TOKEN = "refresh_token";
    /** Revocation request: the token. */
    public static final String TOKEN = "token";
    /** Revocation request: the kind of token. */
    public static final String TOKEN_TYPE_HINT = "token_type_hint";
    /** Token response: access token. */
    public static final String ACCESS_TOKEN = "access_token";
    /** Token response: token type. */
    public static final String TOKEN_TYPE = "token_type";
    /** The only token type accepted. */
    public static final String BEARER = "Bearer";
    /** Error response: code. */
    public static final String ERROR = "error";
    /** Error response: text. */
    public static final String ERROR_DESCRIPTION = "error_description";
    /** Error code: refresh token or code refused. */
    public static final String INVALID_GRANT = "invalid_grant";
    /** Error code: client authentication failed. */
    public static final String INVALID_CLIENT = "invalid_client";
    /** Error code: client not allowed this grant. */
    public static final String UNAUTHORIZED_CLIENT = "unauthorized_client";

    private OAuthParams() {
    }
}
