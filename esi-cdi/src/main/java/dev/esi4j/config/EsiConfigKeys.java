package dev.esi4j.config;

/**
 * Every MicroProfile Config key esi4j reads, with its default.
 *
 * <p>Keys are dotted kebab-case under {@code esi.}. Under the MicroProfile Config environment-variable rule
 * (non-alphanumerics become {@code _}, then upper case) a key resolves from the django-esi setting of the same
 * meaning, e.g. {@code esi.sso.client-id} from {@code ESI_SSO_CLIENT_ID}.
 *
 * <p>Durations accept ISO-8601 ({@code PT30S}), a number with a unit ({@code 500ms}, {@code 30s}, {@code 5m},
 * {@code 4h}, {@code 1d}) or a plain number of seconds. Lists are comma separated.
 *
 * <p>The docs page {@code docs/configuration.md} lists the same keys; a test keeps both in sync.
 *
 * @since 0.1
 */
public final class EsiConfigKeys {

    /** Common prefix of all keys. */
    public static final String PREFIX = "esi.";

    // ---------------------------------------------------------------- SSO

    /** Client id of the EVE SSO application. Required (unless {@link #DEV_MODE}). Django: {@code ESI_SSO_CLIENT_ID}. */
    public static final String SSO_CLIENT_ID = "esi.sso.client-id";
    /** Client secret of the EVE SSO application; may be empty only for a PKCE public client
     * ({@link #SSO_PUBLIC_CLIENT}). Django: {@code ESI_SSO_CLIENT_SECRET}. */
    public static final String SSO_CLIENT_SECRET = "esi.sso.client-secret";
    /** Absolute callback URL registered with the SSO application. Required. Django: {@code ESI_SSO_CALLBACK_URL}. */
    public static final String SSO_CALLBACK_URL = "esi.sso.callback-url";
    /** {@code true} for a public client that authenticates with PKCE only (no secret). Default {@code false}. */
    public static final String SSO_PUBLIC_CLIENT = "esi.sso.public-client";
    /** Base URL of EVE SSO. Default {@code https://login.eveonline.com}. Django: {@code ESI_SSO_BASE_URL}. */
    public static final String SSO_BASE_URL = "esi.sso.base-url";
    /** SSO metadata document URL. Default {@code <base-url>/.well-known/oauth-authorization-server}. */
    public static final String SSO_METADATA_URL = "esi.sso.metadata-url";
    /** Overrides the authorization endpoint from the metadata. Default: from metadata. Django: {@code ESI_SSO_LOGIN_URL}. */
    public static final String SSO_LOGIN_URL = "esi.sso.login-url";
    /** Overrides the token endpoint from the metadata. Default: from metadata. Django: {@code ESI_CODE_EXCHANGE_URL}. */
    public static final String CODE_EXCHANGE_URL = "esi.code-exchange-url";
    /** Overrides the JWKS URL from the metadata. Default: from metadata. Django: {@code ESI_TOKEN_JWK_SET_URL}. */
    public static final String TOKEN_JWK_SET_URL = "esi.token.jwk-set-url";
    /** Overrides the revocation endpoint from the metadata. Default: from metadata. */
    public static final String SSO_REVOKE_URL = "esi.sso.revoke-url";
    /** Use PKCE (S256) in the authorization-code flow. Default {@code true}. */
    public static final String SSO_PKCE = "esi.sso.pkce";
    /** Revoke a token's refresh token at the SSO when the application deletes it. Default {@code false}. */
    public static final String SSO_REVOKE_ON_DELETE = "esi.sso.revoke-on-delete";
    /** How many times a refresh is retried on 429/5xx/unreachable SSO. Default {@code 2}. */
    public static final String SSO_REFRESH_MAX_RETRIES = "esi.sso.refresh-max-retries";
    /** How long the SSO metadata document is cached. Default {@code 1h}. */
    public static final String SSO_METADATA_CACHE_DURATION = "esi.sso.metadata-cache-duration";
    /** Audience every access token must contain besides the client id. Default {@code EVE Online}.
     * Django: {@code ESI_TOKEN_JWT_AUDIENCE}. */
    public static final String TOKEN_JWT_AUDIENCE = "esi.token.jwt-audience";
    /** Clock leeway when checking a JWT's {@code exp}. Default {@code 60s}. */
    public static final String TOKEN_JWT_LEEWAY = "esi.token.jwt-leeway";
    /** Refresh an access token this long before it expires. Default {@code 30s}.
     * Replaces django-esi's {@code ESI_TOKEN_VALID_DURATION}. */
    public static final String TOKEN_REFRESH_MARGIN = "esi.token.refresh-margin";
    /** Always store a new token on SSO login instead of updating an equivalent one. Default {@code false}.
     * Django: {@code ESI_ALWAYS_CREATE_TOKEN}. */
    public static final String ALWAYS_CREATE_TOKEN = "esi.always-create-token";
    /** Encryption keys for tokens at rest, {@code id=base64key} pairs (16/24/32-byte AES keys). Default: none
     * (tokens stored in clear). */
    public static final String TOKEN_ENCRYPTION_KEYS = "esi.token.encryption.keys";
    /** Key id used to encrypt new values; must be one of {@link #TOKEN_ENCRYPTION_KEYS}. Default: the first key. */
    public static final String TOKEN_ENCRYPTION_ACTIVE_KEY = "esi.token.encryption.active-key";
    /** Maximum age of pending SSO callback state. Default {@code 300s}. */
    public static final String CALLBACK_REDIRECT_MAX_AGE = "esi.callback-redirect.max-age";

    // ---------------------------------------------------------------- ESI client

    /** ESI base URL. Default {@code https://esi.evetech.net}. Django: {@code ESI_API_URL}. */
    public static final String API_URL = "esi.api.url";
    /** ESI tenant, sent as {@code X-Tenant}. Default {@code tranquility}; {@code singularity} and other retired
     * datasources are rejected. Django: {@code ESI_API_DATASOURCE}. */
    public static final String API_DATASOURCE = "esi.api.datasource";
    /** Retired: path versions no longer exist. Setting it fails deployment, pointing at
     * {@link #COMPATIBILITY_DATE}. Django: {@code ESI_API_VERSION}. */
    public static final String API_VERSION = "esi.api.version";
    /** ESI compatibility date ({@code YYYY-MM-DD}) sent as {@code X-Compatibility-Date}. Default {@code 2025-12-16}
     * (the bundled spec). */
    public static final String COMPATIBILITY_DATE = "esi.compatibility-date";
    /** Per-tag compatibility dates, {@code Tag=YYYY-MM-DD} pairs. Default: none. */
    public static final String COMPATIBILITY_DATE_OVERRIDES = "esi.compatibility-date-overrides";
    /** Local OpenAPI spec file replacing the bundled one. Default: the bundled spec. */
    public static final String SPEC_FILE = "esi.spec-file";
    /** Fetch the spec from ESI ({@code /meta/openapi.json}) instead of using the bundled one. Default {@code false}. */
    public static final String SPEC_FETCH = "esi.spec-fetch";
    /** How long a fetched spec is cached. Default {@code 1h}. Django: {@code ESI_SPEC_CACHE_DURATION}. */
    public static final String SPEC_CACHE_DURATION = "esi.spec-cache-duration";
    /** Application name in the User-Agent; no spaces. Default: none (warned). */
    public static final String APP_NAME = "esi.app.name";
    /** Application version in the User-Agent. Default {@code 0.0.0}. */
    public static final String APP_VERSION = "esi.app.version";
    /** Application source/home URL in the User-Agent. Default: none. */
    public static final String APP_URL = "esi.app.url";
    /** Contact e-mail in the User-Agent. Default: none (warned). Django: {@code ESI_USER_CONTACT_EMAIL}. */
    public static final String USER_CONTACT_EMAIL = "esi.user-contact-email";
    /** Send the user agent as {@code X-User-Agent} too (for browsers/proxies that replace it). Default {@code false}. */
    public static final String USER_AGENT_HEADER = "esi.x-user-agent";
    /** Languages for localized results. Default {@code en,de,fr,ja,ru,zh,ko,es}. Django: {@code ESI_LANGUAGES}. */
    public static final String LANGUAGES = "esi.languages";
    /** Language sent when a call names none. Default {@code en}. */
    public static final String DEFAULT_LANGUAGE = "esi.default-language";
    /** Connect timeout. Default {@code 5s}. Django: {@code ESI_REQUESTS_CONNECT_TIMEOUT}. */
    public static final String REQUESTS_CONNECT_TIMEOUT = "esi.requests.connect-timeout";
    /** Read (response) timeout. Default {@code 30s}. Django: {@code ESI_REQUESTS_READ_TIMEOUT}. */
    public static final String REQUESTS_READ_TIMEOUT = "esi.requests.read-timeout";
    /** Maximum concurrent requests per client. Default {@code 10}. Django: {@code ESI_CONNECTION_POOL_MAXSIZE}. */
    public static final String CONNECTION_POOL_MAXSIZE = "esi.connection-pool-maxsize";
    /** Retries on connection errors. Default {@code 3}. Django: {@code ESI_CONNECTION_ERROR_MAX_RETRIES}. */
    public static final String CONNECTION_ERROR_MAX_RETRIES = "esi.connection-error-max-retries";
    /** Retries on 502/503/504. Default {@code 3}. Django: {@code ESI_SERVER_ERROR_MAX_RETRIES}. */
    public static final String SERVER_ERROR_MAX_RETRIES = "esi.server-error-max-retries";
    /** Base of the exponential backoff in seconds. Default {@code 0.2}. Django: {@code ESI_SERVER_ERROR_BACKOFF_FACTOR}. */
    public static final String SERVER_ERROR_BACKOFF_FACTOR = "esi.server-error-backoff-factor";
    /** Pages fetched at once by {@code results()}. Default {@code 8}. */
    public static final String PAGES_CONCURRENCY = "esi.pages.concurrency";
    /** Cache GET responses until {@code Expires}. Default {@code true}. Django: {@code ESI_CACHE_RESPONSE}. */
    public static final String CACHE_RESPONSE = "esi.cache-response";
    /** Maximum entries of the in-memory response cache. Default {@code 10000}. */
    public static final String CACHE_MAX_ENTRIES = "esi.cache.max-entries";
    /** JCache cache name for a cluster-shared cache and limit state. Default: none (in-memory). */
    public static final String CACHE_JCACHE_NAME = "esi.cache.jcache-name";
    /** What calls do while the error limit is exhausted: {@code wait} or {@code fail}. Default {@code wait}. */
    public static final String ERROR_LIMIT_MODE = "esi.error-limit.mode";
    /** Pause when {@code X-ESI-Error-Limit-Remain} drops to this value. Default {@code 10}. */
    public static final String ERROR_LIMIT_THRESHOLD = "esi.error-limit.threshold";
    /** What calls do when a rate-limit bucket is empty: {@code wait} or {@code fail}. Default {@code wait}. */
    public static final String RATE_LIMIT_MODE = "esi.rate-limit.mode";

    // ---------------------------------------------------------------- web

    /** Image server for character portraits on the selection page; {@code none} disables portraits.
     * Default {@code https://images.evetech.net}. */
    public static final String IMAGE_SERVER_URL = "esi.image-server.url";

    // ---------------------------------------------------------------- scheduler

    /** Run the callback-state cleanup timer. Default {@code true}. */
    public static final String CLEANUP_CALLBACK_ENABLED = "esi.cleanup.callback-redirects.enabled";
    /** Calendar schedule (second minute hour day-of-month month day-of-week) of the callback cleanup.
     * Default {@code 0 0 *&#47;4 * * *}. */
    public static final String CLEANUP_CALLBACK_SCHEDULE = "esi.cleanup.callback-redirects.schedule";
    /** Run the token cleanup timer. Default {@code true}. */
    public static final String CLEANUP_TOKENS_ENABLED = "esi.cleanup.tokens.enabled";
    /** Calendar schedule of the token cleanup. Default {@code 0 0 3 * * *} (daily). */
    public static final String CLEANUP_TOKENS_SCHEDULE = "esi.cleanup.tokens.schedule";
    /** Concurrent refreshes during token cleanup. Default {@code 4}. */
    public static final String CLEANUP_REFRESH_CONCURRENCY = "esi.cleanup.tokens.refresh-concurrency";

    // ---------------------------------------------------------------- general

    /** Development mode: missing SSO credentials only warn. Default {@code false}. */
    public static final String DEV_MODE = "esi.dev-mode";

    private EsiConfigKeys() {
    }
}
