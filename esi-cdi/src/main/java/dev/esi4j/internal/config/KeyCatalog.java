package dev.esi4j.internal.config;

import static dev.esi4j.config.EsiConfigKeys.*;
import static dev.esi4j.internal.config.ValueKind.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The specification of every key in {@link dev.esi4j.config.EsiConfigKeys}, in documentation order. */
public final class KeyCatalog {

    /** Compatibility date of the bundled ESI spec. */
    public static final String BUNDLED_COMPATIBILITY_DATE = "2025-12-16";

    private static final List<KeySpec> SPECS = List.of(
            s(SSO_CLIENT_ID, TEXT, null, "Client id of the EVE SSO application (required)", "ESI_SSO_CLIENT_ID"),
            s(SSO_CLIENT_SECRET, SECRET, null, "Client secret (required unless public client)", "ESI_SSO_CLIENT_SECRET"),
            s(SSO_CALLBACK_URL, URL, null, "Callback URL registered with the SSO application (required)",
                    "ESI_SSO_CALLBACK_URL"),
            s(SSO_PUBLIC_CLIENT, BOOLEAN, "false", "Public client: PKCE only, no secret", null),
            s(SSO_BASE_URL, URL, "https://login.eveonline.com", "Base URL of EVE SSO", "ESI_SSO_BASE_URL"),
            s(SSO_METADATA_URL, URL, null, "SSO metadata URL (default: base URL + /.well-known/oauth-authorization-server)",
                    null),
            s(SSO_LOGIN_URL, URL, null, "Authorization endpoint override (default: from metadata)", "ESI_SSO_LOGIN_URL"),
            s(CODE_EXCHANGE_URL, URL, null, "Token endpoint override (default: from metadata)", "ESI_CODE_EXCHANGE_URL"),
            s(TOKEN_JWK_SET_URL, URL, null, "JWKS URL override (default: from metadata)", "ESI_TOKEN_JWK_SET_URL"),
            s(SSO_REVOKE_URL, URL, null, "Revocation endpoint override (default: from metadata)", null),
            s(SSO_PKCE, BOOLEAN, "true", "Use PKCE S256 in the authorization-code flow", null),
            s(SSO_REVOKE_ON_DELETE, BOOLEAN, "false", "Revoke tokens at the SSO when the app deletes them", null),
            s(SSO_REFRESH_MAX_RETRIES, COUNT, "2", "Retries of a refresh on 429/5xx/unreachable SSO", null),
            s(SSO_METADATA_CACHE_DURATION, DURATION, "1h", "How long the SSO metadata is cached", null),
            s(TOKEN_JWT_AUDIENCE, TEXT, "EVE Online", "Audience required in every access token besides the client id",
                    "ESI_TOKEN_JWT_AUDIENCE"),
            s(TOKEN_JWT_LEEWAY, DURATION, "60s", "Clock leeway for JWT expiry", null),
            s(TOKEN_REFRESH_MARGIN, DURATION, "30s",
                    "Refresh access tokens this long before expiry (replaces ESI_TOKEN_VALID_DURATION)", null),
            s(ALWAYS_CREATE_TOKEN, BOOLEAN, "false", "Always add a new token on login instead of updating an equal one",
                    "ESI_ALWAYS_CREATE_TOKEN"),
            s(TOKEN_ENCRYPTION_KEYS, KEYS, null, "AES keys for tokens at rest, id=base64 pairs (default: no encryption)",
                    null),
            s(TOKEN_ENCRYPTION_ACTIVE_KEY, TEXT, null, "Key id used for new values (default: first key)", null),
            s(CALLBACK_REDIRECT_MAX_AGE, DURATION, "300s", "Maximum age of pending SSO callback state", null),
            s(API_URL, URL, "https://esi.evetech.net", "ESI base URL", "ESI_API_URL"),
            s(API_DATASOURCE, DATASOURCE, "tranquility", "ESI tenant, sent as X-Tenant", "ESI_API_DATASOURCE"),
            s(API_VERSION, REMOVED, null, "Retired (ESI has no path versions): use esi.compatibility-date",
                    "ESI_API_VERSION"),
            s(COMPATIBILITY_DATE, COMPAT_DATE, BUNDLED_COMPATIBILITY_DATE,
                    "ESI compatibility date sent as X-Compatibility-Date", null),
            s(COMPATIBILITY_DATE_OVERRIDES, TAG_DATES, null, "Per-tag compatibility dates, Tag=YYYY-MM-DD pairs", null),
            s(SPEC_FILE, TEXT, null, "Local OpenAPI spec file replacing the bundled one", null),
            s(SPEC_FETCH, BOOLEAN, "false", "Fetch the spec from ESI instead of the bundled one", null),
            s(SPEC_CACHE_DURATION, DURATION, "1h", "How long a fetched spec is cached", "ESI_SPEC_CACHE_DURATION"),
            s(APP_NAME, APP_NAME_TEXT, null, "Application name in the User-Agent (no spaces)", null),
            s(APP_VERSION, TEXT, "0.0.0", "Application version in the User-Agent", null),
            s(APP_URL, URL, null, "Application URL in the User-Agent", null),
            s(USER_CONTACT_EMAIL, EMAIL, null, "Contact e-mail in the User-Agent", "ESI_USER_CONTACT_EMAIL"),
            s(USER_AGENT_HEADER, BOOLEAN, "false", "Also send the user agent as X-User-Agent", null),
            s(LANGUAGES, LANGUAGE_LIST, "en,de,fr,ja,ru,zh,ko,es", "Languages for localized results", "ESI_LANGUAGES"),
            s(DEFAULT_LANGUAGE, LANGUAGE, "en", "Language sent when a call names none", null),
            s(REQUESTS_CONNECT_TIMEOUT, DURATION, "5s", "Connect timeout", "ESI_REQUESTS_CONNECT_TIMEOUT"),
            s(REQUESTS_READ_TIMEOUT, DURATION, "30s", "Read timeout", "ESI_REQUESTS_READ_TIMEOUT"),
            s(CONNECTION_POOL_MAXSIZE, POSITIVE, "10", "Maximum concurrent requests per client",
                    "ESI_CONNECTION_POOL_MAXSIZE"),
            s(CONNECTION_ERROR_MAX_RETRIES, COUNT, "3", "Retries on connection errors",
                    "ESI_CONNECTION_ERROR_MAX_RETRIES"),
            s(SERVER_ERROR_MAX_RETRIES, COUNT, "3", "Retries on 502/503/504", "ESI_SERVER_ERROR_MAX_RETRIES"),
            s(SERVER_ERROR_BACKOFF_FACTOR, DECIMAL, "0.2", "Exponential backoff base in seconds",
                    "ESI_SERVER_ERROR_BACKOFF_FACTOR"),
            s(PAGES_CONCURRENCY, POSITIVE, "8", "Pages fetched at once by results()", null),
            s(CACHE_RESPONSE, BOOLEAN, "true", "Cache GET responses until Expires", "ESI_CACHE_RESPONSE"),
            s(CACHE_MAX_ENTRIES, POSITIVE, "10000", "Maximum entries of the in-memory response cache", null),
            s(CACHE_JCACHE_NAME, TEXT, null, "JCache cache name for cluster-shared cache and limits", null),
            s(ERROR_LIMIT_MODE, LIMIT_MODE, "wait", "On an exhausted error limit: wait or fail", null),
            s(ERROR_LIMIT_THRESHOLD, COUNT, "10", "Pause when the error-limit remainder reaches this", null),
            s(RATE_LIMIT_MODE, LIMIT_MODE, "wait", "On an empty rate-limit bucket: wait or fail", null),
            s(IMAGE_SERVER_URL, OPTIONAL_URL, "https://images.evetech.net",
                    "Portrait image server; `none`: no portraits", null),
            s(CLEANUP_CALLBACK_ENABLED, BOOLEAN, "true", "Run the callback-state cleanup timer", null),
            s(CLEANUP_CALLBACK_SCHEDULE, SCHEDULE, "0 0 */4 * * *", "Schedule of the callback-state cleanup", null),
            s(CLEANUP_TOKENS_ENABLED, BOOLEAN, "true", "Run the token cleanup timer", null),
            s(CLEANUP_TOKENS_SCHEDULE, SCHEDULE, "0 0 3 * * *", "Schedule of the token cleanup", null),
            s(CLEANUP_REFRESH_CONCURRENCY, POSITIVE, "4", "Concurrent refreshes during token cleanup", null),
            s(DEV_MODE, BOOLEAN, "false", "Development mode: missing SSO credentials only warn (django-esi: DEBUG)", null));

    private static final Map<String, KeySpec> BY_KEY = index();

    private KeyCatalog() {
    }

    /** @return every key specification in documentation order */
    public static List<KeySpec> all() {
        return SPECS;
    }

    /**
     * @param key a key from {@link dev.esi4j.config.EsiConfigKeys}
     * @return its specification
     * @throws IllegalArgumentException for an unknown key
     */
    public static KeySpec get(String key) {
        KeySpec spec = BY_KEY.get(key);
        if (spec == null) {
            throw new IllegalArgumentException("Unknown esi4j configuration key '" + key + "'");
        }
        return spec;
    }

    private static KeySpec s(String key, ValueKind kind, String def, String description, String django) {
        return new KeySpec(key, kind, def, description, django);
    }

    private static Map<String, KeySpec> index() {
        Map<String, KeySpec> map = new LinkedHashMap<>();
        SPECS.forEach(spec -> map.put(spec.key(), spec));
        return Map.copyOf(map);
    }
}
