package dev.esi4j.internal.sso;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.JSONObjectUtils;

import dev.esi4j.sso.SsoUnavailableException;

/**
 * The SSO's JSON Web Key Set (MISSION 2.4, B13): fetched with the client's User-Agent and timeouts, cached for the
 * lifetime its {@code Cache-Control}/{@code Expires} headers give (bounded), keys looked up by {@code kid}. An
 * unknown {@code kid} triggers at most one refetch per minute. Keys a parser cannot resolve are skipped, as CCP's
 * {@code SkipUnresolvedJsonWebKeys} member asks; unknown top-level members are ignored. When a refetch of an expired
 * set fails, the last set is used for up to a day, with a new attempt at most once a minute (so an outage does not
 * put a blocking fetch in front of every validation).
 */
public final class JwksCache {

    private static final System.Logger LOG = System.getLogger(JwksCache.class.getName());
    /** Minimum time between two refetches caused by an unknown kid. */
    public static final Duration UNKNOWN_KID_COOLDOWN = Duration.ofMinutes(1);
    private static final Duration MAX_STALE = Duration.ofDays(1);
    /** While the set cannot be refreshed, how long the stale copy is used before the next attempt. */
    static final Duration STALE_RETRY = Duration.ofMinutes(1);

    private record Snapshot(Map<String, JWK> keys, Instant expiresAt, Instant usableUntil) {
    }

    private final Supplier<URI> location;
    private final SsoHttp http;
    private final Clock clock;
    private volatile Snapshot snapshot;
    private Instant lastUnknownKidFetch;

    /**
     * @param location resolves the JWKS URL (override or metadata) when a fetch is needed
     * @param http     the client's HTTP transport
     * @param clock    the clock
     */
    public JwksCache(Supplier<URI> location, SsoHttp http, Clock clock) {
        this.location = location;
        this.http = http;
        this.clock = clock;
    }

    /**
     * @param kid the key id from a JWS header
     * @return the key, or {@code null} when the set has no such key (after the throttled refetch)
     * @throws SsoUnavailableException when the set cannot be fetched and no usable copy exists
     */
    public JWK find(String kid) {
        JWK key = current().keys().get(kid);
        if (key != null) {
            return key;
        }
        synchronized (this) {
            Instant now = clock.instant();
            key = snapshot.keys().get(kid);
            if (key != null || lastUnknownKidFetch != null
                    && now.isBefore(lastUnknownKidFetch.plus(UNKNOWN_KID_COOLDOWN))) {
                return key;
            }
            lastUnknownKidFetch = now;
            snapshot = fetch();
            return snapshot.keys().get(kid);
        }
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current != null && clock.instant().isBefore(current.expiresAt())) {
            return current;
        }
        synchronized (this) {
            current = snapshot;
            Instant now = clock.instant();
            if (current != null && now.isBefore(current.expiresAt())) {
                return current;
            }
            try {
                snapshot = fetch();
                return snapshot;
            } catch (SsoUnavailableException e) {
                if (current == null || now.isAfter(current.usableUntil())) {
                    throw e;
                }
                LOG.log(Level.WARNING, "ESI03002: EVE SSO key set could not be refreshed, using the last one: {0}",
                        e.getMessage());
                snapshot = new Snapshot(current.keys(), now.plus(STALE_RETRY), current.usableUntil());
                return snapshot;
            }
        }
    }

    private Snapshot fetch() {
        SsoHttp.Response response;
        try {
            response = http.get(location.get());
        } catch (IOException e) {
            throw SsoFailures.transport("JWKS download", e);
        }
        if (response.status() != 200) {
            if (SsoFailures.isServerSide(response.status())) {
                throw SsoFailures.serverSide("JWKS download", response, clock);
            }
            throw SsoFailures.malformed("JWKS download", response);
        }
        Map<String, JWK> keys = parse(response);
        Instant now = clock.instant();
        LOG.log(Level.DEBUG, "EVE SSO key set fetched: {0} keys", keys.size());
        Instant expiresAt = now.plus(CacheLifetime.of(response.headers(), now));
        return new Snapshot(Map.copyOf(keys), expiresAt, expiresAt.plus(MAX_STALE));
    }

    private Map<String, JWK> parse(SsoHttp.Response response) {
        List<Object> entries;
        try {
            entries = JSONObjectUtils.getJSONArray(JSONObjectUtils.parse(response.body()), "keys");
        } catch (ParseException | RuntimeException e) {
            throw SsoFailures.malformed("JWKS download", response);
        }
        if (entries == null) {
            throw SsoFailures.malformed("JWKS download", response);
        }
        Map<String, JWK> keys = new HashMap<>();
        for (Object entry : entries) {
            try {
                @SuppressWarnings("unchecked")
                JWK key = JWK.parse((Map<String, Object>) entry);
                if (key.getKeyID() != null && !key.isPrivate()) {
                    keys.putIfAbsent(key.getKeyID(), key);
                }
            } catch (ParseException | RuntimeException e) {
                LOG.log(Level.DEBUG, "skipping an unresolvable JWKS entry: {0}", e.getMessage());
            }
        }
        return keys;
    }
}
