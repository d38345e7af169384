package dev.esi4j.config;

import static dev.esi4j.config.EsiConfigKeys.*;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import dev.esi4j.internal.config.ConfigReader;

/**
 * The esi4j configuration: immutable, validated once, shared by every component.
 *
 * <p>In a CDI application it is produced from MicroProfile Config ({@code @Inject EsiConfig config}). Without CDI:
 * <pre>
 * EsiConfig config = EsiConfig.builder()
 *         .set(EsiConfigKeys.SSO_CLIENT_ID, "my-client-id")
 *         .set(EsiConfigKeys.SSO_CLIENT_SECRET, "my-secret")
 *         .set(EsiConfigKeys.SSO_CALLBACK_URL, "https://app.example.com/sso/callback")
 *         .build();
 * </pre>
 * Both paths parse and validate the same way; a bad value fails with an {@link EsiConfigException} naming the key.
 * {@link #toString()} never shows the client secret or encryption keys.
 *
 * @since 0.1
 */
public final class EsiConfig {

    private final Map<String, Object> values;
    private final List<String> warnings;

    private EsiConfig(Map<String, Object> values, List<String> warnings) {
        this.values = values;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Reads and validates configuration from a key lookup (MicroProfile Config, a map, ...).
     *
     * @param lookup returns the configured text of a key, or empty
     * @param clock  clock for date checks
     * @return the configuration
     * @throws EsiConfigException listing every bad or missing key
     */
    public static EsiConfig read(Function<String, Optional<String>> lookup, Clock clock) {
        ConfigReader.Result result = ConfigReader.read(lookup, clock);
        return new EsiConfig(result.values(), result.warnings());
    }

    /** @return a builder for use without CDI (tests, Java SE) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return non-fatal findings (missing contact e-mail, dev-mode relaxations), for a startup log */
    public List<String> warnings() {
        return warnings;
    }

    /** @return the raw typed value of a key, empty when unset and without default */
    public Optional<Object> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    @SuppressWarnings("unchecked")
    private <T> T get(String key) {
        return (T) values.get(key);
    }

    /** @return {@link EsiConfigKeys#SSO_CLIENT_ID} (empty only in dev mode) */
    public Optional<String> ssoClientId() { return Optional.ofNullable(get(SSO_CLIENT_ID)); }
    /** @return {@link EsiConfigKeys#SSO_CLIENT_SECRET}; never log it */
    public Optional<String> ssoClientSecret() { return Optional.ofNullable(get(SSO_CLIENT_SECRET)); }
    /** @return {@link EsiConfigKeys#SSO_CALLBACK_URL} */
    public Optional<URI> ssoCallbackUrl() { return Optional.ofNullable(get(SSO_CALLBACK_URL)); }
    /** @return {@link EsiConfigKeys#SSO_PUBLIC_CLIENT} */
    public boolean ssoPublicClient() { return get(SSO_PUBLIC_CLIENT); }
    /** @return {@link EsiConfigKeys#SSO_BASE_URL} */
    public URI ssoBaseUrl() { return get(SSO_BASE_URL); }
    /** @return {@link EsiConfigKeys#SSO_METADATA_URL}, defaulting to the well-known URL under the base URL */
    public URI ssoMetadataUrl() {
        URI explicit = get(SSO_METADATA_URL);
        return explicit != null ? explicit
                : URI.create(ssoBaseUrl().toString().replaceAll("/+$", "") + "/.well-known/oauth-authorization-server");
    }
    /** @return {@link EsiConfigKeys#SSO_LOGIN_URL} override */
    public Optional<URI> ssoLoginUrl() { return Optional.ofNullable(get(SSO_LOGIN_URL)); }
    /** @return {@link EsiConfigKeys#CODE_EXCHANGE_URL} override */
    public Optional<URI> ssoTokenUrl() { return Optional.ofNullable(get(CODE_EXCHANGE_URL)); }
    /** @return {@link EsiConfigKeys#TOKEN_JWK_SET_URL} override */
    public Optional<URI> ssoJwksUrl() { return Optional.ofNullable(get(TOKEN_JWK_SET_URL)); }
    /** @return {@link EsiConfigKeys#SSO_REVOKE_URL} override */
    public Optional<URI> ssoRevokeUrl() { return Optional.ofNullable(get(SSO_REVOKE_URL)); }
    /** @return {@link EsiConfigKeys#SSO_PKCE} */
    public boolean ssoPkce() { return get(SSO_PKCE); }
    /** @return {@link EsiConfigKeys#SSO_REVOKE_ON_DELETE} */
    public boolean ssoRevokeOnDelete() { return get(SSO_REVOKE_ON_DELETE); }
    /** @return {@link EsiConfigKeys#SSO_REFRESH_MAX_RETRIES} */
    public int ssoRefreshMaxRetries() { return get(SSO_REFRESH_MAX_RETRIES); }
    /** @return {@link EsiConfigKeys#SSO_METADATA_CACHE_DURATION} */
    public Duration ssoMetadataCacheDuration() { return get(SSO_METADATA_CACHE_DURATION); }
    /** @return {@link EsiConfigKeys#TOKEN_JWT_AUDIENCE} */
    public String jwtAudience() { return get(TOKEN_JWT_AUDIENCE); }
    /** @return {@link EsiConfigKeys#TOKEN_JWT_LEEWAY} */
    public Duration jwtLeeway() { return get(TOKEN_JWT_LEEWAY); }
    /** @return {@link EsiConfigKeys#TOKEN_REFRESH_MARGIN} */
    public Duration tokenRefreshMargin() { return get(TOKEN_REFRESH_MARGIN); }
    /** @return {@link EsiConfigKeys#ALWAYS_CREATE_TOKEN} */
    public boolean alwaysCreateToken() { return get(ALWAYS_CREATE_TOKEN); }
    /** @return {@link EsiConfigKeys#TOKEN_ENCRYPTION_KEYS} by key id (empty map: no encryption); copies */
    public Map<String, byte[]> tokenEncryptionKeys() {
        Map<String, byte[]> keys = get(TOKEN_ENCRYPTION_KEYS);
        Map<String, byte[]> copy = new java.util.LinkedHashMap<>();
        if (keys != null) {
            keys.forEach((id, key) -> copy.put(id, key.clone()));
        }
        return copy;
    }
    /** @return {@link EsiConfigKeys#TOKEN_ENCRYPTION_ACTIVE_KEY}, defaulting to the first key id */
    public Optional<String> tokenEncryptionActiveKey() { return Optional.ofNullable(get(TOKEN_ENCRYPTION_ACTIVE_KEY)); }
    /** @return {@link EsiConfigKeys#CALLBACK_REDIRECT_MAX_AGE} */
    public Duration callbackRedirectMaxAge() { return get(CALLBACK_REDIRECT_MAX_AGE); }
    /** @return {@link EsiConfigKeys#API_URL} */
    public URI apiUrl() { return get(API_URL); }
    /** @return {@link EsiConfigKeys#API_DATASOURCE} (the tenant) */
    public String tenant() { return get(API_DATASOURCE); }
    /** @return {@link EsiConfigKeys#COMPATIBILITY_DATE} */
    public LocalDate compatibilityDate() { return get(COMPATIBILITY_DATE); }
    /** @return {@link EsiConfigKeys#COMPATIBILITY_DATE_OVERRIDES} by tag */
    public Map<String, LocalDate> compatibilityDateOverrides() {
        Map<String, LocalDate> map = get(COMPATIBILITY_DATE_OVERRIDES);
        return map == null ? Map.of() : map;
    }
    /** @return {@link EsiConfigKeys#SPEC_FILE} */
    public Optional<String> specFile() { return Optional.ofNullable(get(SPEC_FILE)); }
    /** @return {@link EsiConfigKeys#SPEC_FETCH} */
    public boolean specFetch() { return get(SPEC_FETCH); }
    /** @return {@link EsiConfigKeys#SPEC_CACHE_DURATION} */
    public Duration specCacheDuration() { return get(SPEC_CACHE_DURATION); }
    /** @return {@link EsiConfigKeys#APP_NAME} */
    public Optional<String> appName() { return Optional.ofNullable(get(APP_NAME)); }
    /** @return {@link EsiConfigKeys#APP_VERSION} */
    public String appVersion() { return get(APP_VERSION); }
    /** @return {@link EsiConfigKeys#APP_URL} */
    public Optional<URI> appUrl() { return Optional.ofNullable(get(APP_URL)); }
    /** @return {@link EsiConfigKeys#USER_CONTACT_EMAIL} */
    public Optional<String> userContactEmail() { return Optional.ofNullable(get(USER_CONTACT_EMAIL)); }
    /** @return {@link EsiConfigKeys#USER_AGENT_HEADER} */
    public boolean sendXUserAgent() { return get(USER_AGENT_HEADER); }
    /** @return {@link EsiConfigKeys#LANGUAGES} */
    public List<String> languages() { return get(LANGUAGES); }
    /** @return {@link EsiConfigKeys#DEFAULT_LANGUAGE} */
    public String defaultLanguage() { return get(DEFAULT_LANGUAGE); }
    /** @return {@link EsiConfigKeys#REQUESTS_CONNECT_TIMEOUT} */
    public Duration connectTimeout() { return get(REQUESTS_CONNECT_TIMEOUT); }
    /** @return {@link EsiConfigKeys#REQUESTS_READ_TIMEOUT} */
    public Duration readTimeout() { return get(REQUESTS_READ_TIMEOUT); }
    /** @return {@link EsiConfigKeys#CONNECTION_POOL_MAXSIZE} */
    public int maxConcurrentRequests() { return get(CONNECTION_POOL_MAXSIZE); }
    /** @return {@link EsiConfigKeys#CONNECTION_ERROR_MAX_RETRIES} */
    public int connectionErrorMaxRetries() { return get(CONNECTION_ERROR_MAX_RETRIES); }
    /** @return {@link EsiConfigKeys#SERVER_ERROR_MAX_RETRIES} */
    public int serverErrorMaxRetries() { return get(SERVER_ERROR_MAX_RETRIES); }
    /** @return {@link EsiConfigKeys#SERVER_ERROR_BACKOFF_FACTOR} as a duration */
    public Duration backoffBase() { return Duration.ofMillis(Math.round((double) get(SERVER_ERROR_BACKOFF_FACTOR) * 1000)); }
    /** @return {@link EsiConfigKeys#PAGES_CONCURRENCY} */
    public int pagesConcurrency() { return get(PAGES_CONCURRENCY); }
    /** @return {@link EsiConfigKeys#CACHE_RESPONSE} */
    public boolean cacheResponses() { return get(CACHE_RESPONSE); }
    /** @return {@link EsiConfigKeys#CACHE_MAX_ENTRIES} */
    public int cacheMaxEntries() { return get(CACHE_MAX_ENTRIES); }
    /** @return {@link EsiConfigKeys#CACHE_JCACHE_NAME} */
    public Optional<String> jcacheName() { return Optional.ofNullable(get(CACHE_JCACHE_NAME)); }
    /** @return {@link EsiConfigKeys#ERROR_LIMIT_MODE} */
    public LimitMode errorLimitMode() { return get(ERROR_LIMIT_MODE); }
    /** @return {@link EsiConfigKeys#ERROR_LIMIT_THRESHOLD} */
    public int errorLimitThreshold() { return get(ERROR_LIMIT_THRESHOLD); }
    /** @return {@link EsiConfigKeys#RATE_LIMIT_MODE} */
    public LimitMode rateLimitMode() { return get(RATE_LIMIT_MODE); }
    /** @return {@link EsiConfigKeys#IMAGE_SERVER_URL}; empty when portraits are off */
    public Optional<String> imageServerUrl() { return Optional.ofNullable(get(IMAGE_SERVER_URL)); }
    /** @return {@link EsiConfigKeys#CLEANUP_CALLBACK_ENABLED} */
    public boolean cleanupCallbackRedirectsEnabled() { return get(CLEANUP_CALLBACK_ENABLED); }
    /** @return {@link EsiConfigKeys#CLEANUP_CALLBACK_SCHEDULE} */
    public String cleanupCallbackRedirectsSchedule() { return get(CLEANUP_CALLBACK_SCHEDULE); }
    /** @return {@link EsiConfigKeys#CLEANUP_TOKENS_ENABLED} */
    public boolean cleanupTokensEnabled() { return get(CLEANUP_TOKENS_ENABLED); }
    /** @return {@link EsiConfigKeys#CLEANUP_TOKENS_SCHEDULE} */
    public String cleanupTokensSchedule() { return get(CLEANUP_TOKENS_SCHEDULE); }
    /** @return {@link EsiConfigKeys#CLEANUP_REFRESH_CONCURRENCY} */
    public int cleanupRefreshConcurrency() { return get(CLEANUP_REFRESH_CONCURRENCY); }
    /** @return {@link EsiConfigKeys#DEV_MODE} */
    public boolean devMode() { return get(DEV_MODE); }

    @Override
    public String toString() {
        return ConfigReader.describe(values);
    }

    /** Builds an {@link EsiConfig} from key/value text without CDI, validated like MicroProfile Config values. */
    public static final class Builder {
        private final Map<String, String> texts = new HashMap<>();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * @param key   a key from {@link EsiConfigKeys}
         * @param value its configuration text
         * @return this builder
         */
        public Builder set(String key, String value) {
            texts.put(key, value);
            return this;
        }

        /**
         * @param all key/value texts, e.g. loaded from a properties file
         * @return this builder
         */
        public Builder setAll(Map<String, String> all) {
            texts.putAll(all);
            return this;
        }

        /**
         * @param clock clock for date validation (tests)
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** @return the validated configuration @throws EsiConfigException listing every bad key */
        public EsiConfig build() {
            return read(key -> Optional.ofNullable(texts.get(key)), clock);
        }
    }
}
