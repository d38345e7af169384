package dev.esi4j.internal.sso;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.sso.SsoConfigurationException;
import dev.esi4j.sso.SsoException;
import dev.esi4j.sso.SsoUnavailableException;

/**
 * The SSO endpoints (MISSION 2.3): each one from its configuration override, else from the metadata document
 * ({@code /.well-known/oauth-authorization-server}, RFC 8414), which is fetched only when an endpoint without
 * override is needed and cached for {@code esi.sso.metadata-cache-duration}. A failed refetch keeps the last good
 * document and tries again a minute later.
 */
public final class SsoEndpoints {

    private static final System.Logger LOG = System.getLogger(SsoEndpoints.class.getName());

    /** The endpoints used, with their override key and metadata member. */
    public enum Kind {
        /** Authorization endpoint. */
        AUTHORIZE(EsiConfigKeys.SSO_LOGIN_URL, "authorization_endpoint"),
        /** Token endpoint. */
        TOKEN(EsiConfigKeys.CODE_EXCHANGE_URL, "token_endpoint"),
        /** JWK set. */
        JWKS(EsiConfigKeys.TOKEN_JWK_SET_URL, "jwks_uri"),
        /** Revocation endpoint (RFC 7009). */
        REVOKE(EsiConfigKeys.SSO_REVOKE_URL, "revocation_endpoint");

        private final String overrideKey;
        private final String member;

        Kind(String overrideKey, String member) {
            this.overrideKey = overrideKey;
            this.member = member;
        }

        /** @return the configuration key that overrides this endpoint */
        public String overrideKey() {
            return overrideKey;
        }
    }

    private record Cached(Map<Kind, URI> endpoints, Instant expiresAt) {
    }

    private final Map<Kind, URI> overrides = new EnumMap<>(Kind.class);
    private final URI metadataUrl;
    private final Duration cacheDuration;
    private final SsoHttp http;
    private final Clock clock;
    private volatile Cached cached;

    /**
     * @param config overrides, metadata URL and cache duration
     * @param http   the client's HTTP transport
     * @param clock  the clock
     */
    public SsoEndpoints(EsiConfig config, SsoHttp http, Clock clock) {
        config.ssoLoginUrl().ifPresent(u -> overrides.put(Kind.AUTHORIZE, u));
        config.ssoTokenUrl().ifPresent(u -> overrides.put(Kind.TOKEN, u));
        config.ssoJwksUrl().ifPresent(u -> overrides.put(Kind.JWKS, u));
        config.ssoRevokeUrl().ifPresent(u -> overrides.put(Kind.REVOKE, u));
        this.metadataUrl = config.ssoMetadataUrl();
        this.cacheDuration = config.ssoMetadataCacheDuration();
        this.http = http;
        this.clock = clock;
    }

    /**
     * @param kind which endpoint
     * @return its URL
     * @throws SsoUnavailableException    when the metadata is needed but unreachable
     * @throws SsoConfigurationException  when the metadata is unusable or lacks the endpoint
     */
    public URI get(Kind kind) {
        URI override = overrides.get(kind);
        if (override != null) {
            return override;
        }
        URI found = metadata().get(kind);
        if (found == null) {
            throw new SsoConfigurationException("EVE SSO metadata at " + metadataUrl + " has no " + kind.member
                    + "; set " + kind.overrideKey);
        }
        return found;
    }

    private Map<Kind, URI> metadata() {
        Cached current = cached;
        if (current != null && clock.instant().isBefore(current.expiresAt())) {
            return current.endpoints();
        }
        synchronized (this) {
            current = cached;
            if (current != null && clock.instant().isBefore(current.expiresAt())) {
                return current.endpoints();
            }
            try {
                Map<Kind, URI> fetched = fetch();
                cached = new Cached(fetched, clock.instant().plus(cacheDuration));
                return fetched;
            } catch (SsoException e) {
                if (current == null) {
                    throw e;
                }
                LOG.log(Level.WARNING, "ESI03001: EVE SSO metadata could not be refreshed, using the last good copy: {0}",
                        e.getMessage());
                cached = new Cached(current.endpoints(), clock.instant().plus(JwksCache.STALE_RETRY));
                return current.endpoints();
            }
        }
    }

    private Map<Kind, URI> fetch() {
        SsoHttp.Response response;
        try {
            response = http.get(metadataUrl);
        } catch (IOException e) {
            throw new SsoUnavailableException("EVE SSO metadata at " + metadataUrl + " is unreachable ("
                    + e.getClass().getSimpleName() + "); " + overrideHint(), null, e);
        }
        if (SsoFailures.isServerSide(response.status())) {
            throw new SsoUnavailableException("EVE SSO metadata at " + metadataUrl + " answered HTTP "
                    + response.status() + "; " + overrideHint(),
                    SsoFailures.retryAfter(response.headers(), clock), null);
        }
        Map<String, Object> json = SsoFailures.jsonObject(response.body());
        if (response.status() != 200 || json.isEmpty()) {
            throw new SsoConfigurationException("EVE SSO metadata at " + metadataUrl + " is unusable (HTTP "
                    + response.status() + "); check " + EsiConfigKeys.SSO_BASE_URL + " / "
                    + EsiConfigKeys.SSO_METADATA_URL + " or " + overrideHint());
        }
        Map<Kind, URI> endpoints = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            endpointOf(json, kind).ifPresent(uri -> endpoints.put(kind, uri));
        }
        return endpoints;
    }

    private Optional<URI> endpointOf(Map<String, Object> json, Kind kind) {
        String text = SsoFailures.string(json, kind.member);
        if (text == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            boolean allowed = "https".equalsIgnoreCase(scheme)
                    || "http".equalsIgnoreCase(scheme) && "http".equalsIgnoreCase(metadataUrl.getScheme());
            if (!allowed || uri.getHost() == null) {
                throw new SsoConfigurationException("EVE SSO metadata " + kind.member + " is not an https URL; set "
                        + kind.overrideKey);
            }
            return Optional.of(uri);
        } catch (java.net.URISyntaxException e) {
            throw new SsoConfigurationException("EVE SSO metadata " + kind.member + " is not a URL; set "
                    + kind.overrideKey, e);
        }
    }

    private static String overrideHint() {
        return "to work without it set " + EsiConfigKeys.SSO_LOGIN_URL + ", " + EsiConfigKeys.CODE_EXCHANGE_URL
                + ", " + EsiConfigKeys.TOKEN_JWK_SET_URL + " and " + EsiConfigKeys.SSO_REVOKE_URL;
    }
}
