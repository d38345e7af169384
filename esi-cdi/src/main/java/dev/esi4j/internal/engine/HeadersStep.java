package dev.esi4j.internal.engine;

import java.time.LocalDate;
import java.util.Map;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.internal.http.InboundResponse;

/** Adds {@code User-Agent} (and optionally {@code X-User-Agent}), {@code X-Tenant}, {@code X-Compatibility-Date}. */
public final class HeadersStep implements Step {

    private final String userAgent;
    private final boolean xUserAgent;
    private final String tenant;
    private final LocalDate compatibilityDate;
    private final Map<String, LocalDate> overrides;

    /** @param config the configuration */
    public HeadersStep(EsiConfig config) {
        this.userAgent = UserAgent.of(config);
        this.xUserAgent = config.sendXUserAgent();
        this.tenant = config.tenant();
        this.compatibilityDate = config.compatibilityDate();
        this.overrides = config.compatibilityDateOverrides();
    }

    @Override
    public InboundResponse handle(Exchange exchange, Chain next) {
        Map<String, String> h = exchange.headers();
        h.put("User-Agent", userAgent);
        if (xUserAgent) {
            h.put("X-User-Agent", userAgent);
        }
        h.put("X-Tenant", tenant);
        h.put("X-Compatibility-Date", dateFor(exchange).toString());
        h.putIfAbsent("Accept", "application/json");
        return next.proceed(exchange);
    }

    private LocalDate dateFor(Exchange exchange) {
        for (String tag : exchange.operation().tags()) {
            LocalDate d = overrides.get(tag);
            if (d != null) {
                return d;
            }
        }
        return compatibilityDate;
    }
}
