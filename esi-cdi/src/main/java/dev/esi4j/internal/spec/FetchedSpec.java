package dev.esi4j.internal.spec;

import java.io.ByteArrayInputStream;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;

import dev.esi4j.EsiSpecException;
import dev.esi4j.internal.http.InboundResponse;
import dev.esi4j.internal.http.OutboundRequest;
import dev.esi4j.internal.http.Transport;
import dev.esi4j.spec.EsiSpec;

/**
 * The spec fetched from ESI ({@code /meta/openapi.json?compatibility_date=...}) and cached for the configured
 * duration (B45). A failed refresh keeps the last good spec (with a warning); with no good spec yet the call fails
 * with a clear error and the failure is not cached, so the next call tries again. Redirects are followed.
 */
public final class FetchedSpec implements Supplier<EsiSpec> {

    private static final System.Logger LOG = System.getLogger(FetchedSpec.class.getName());
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(60);

    private final Transport transport;
    private final URI uri;
    private final Map<String, String> headers;
    private final Duration ttl;
    private final Duration timeout;
    private final Clock clock;
    private EsiSpec current;
    private Instant refreshAt = Instant.MIN;

    /**
     * @param transport transport (sends the User-Agent given in headers)
     * @param uri       spec URL
     * @param headers   identity headers (User-Agent, X-Tenant)
     * @param ttl       cache duration
     * @param timeout   read timeout
     * @param clock     clock
     */
    public FetchedSpec(Transport transport, URI uri, Map<String, String> headers, Duration ttl, Duration timeout,
            Clock clock) {
        this.transport = transport;
        this.uri = uri;
        this.headers = Map.copyOf(headers);
        this.ttl = ttl;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public synchronized EsiSpec get() {
        Instant now = clock.instant();
        if (current != null && now.isBefore(refreshAt)) {
            return current;
        }
        try {
            current = fetch();
            refreshAt = now.plus(ttl);
            LOG.log(Level.INFO, "ESI01018: loaded ESI spec {0} from {1}", current.version(), uri);
        } catch (RuntimeException e) {
            if (current == null) {
                throw e instanceof EsiSpecException s ? s : new EsiSpecException(message(e.getMessage()), e);
            }
            refreshAt = now.plus(ttl.compareTo(RETRY_AFTER_FAILURE) < 0 ? ttl : RETRY_AFTER_FAILURE);
            LOG.log(Level.WARNING, "ESI01019: refreshing the ESI spec failed ({0}); keeping the last good spec {1}",
                    e.getMessage(), current.version());
        }
        return current;
    }

    private EsiSpec fetch() {
        InboundResponse response = transport.send(new OutboundRequest("GET", uri, headers, null, timeout));
        if (response.status() != 200) {
            throw new EsiSpecException(message("HTTP " + response.status() + " " + response.excerpt(80)));
        }
        return OpenApiReader.read(new ByteArrayInputStream(response.body()), uri.toString());
    }

    private String message(String why) {
        return "ESI spec unavailable from " + uri + " (" + why + "); calls fail until it can be loaded. "
                + "Set esi.spec-file to a local copy, or leave esi.spec-fetch off to use the bundled spec";
    }
}
