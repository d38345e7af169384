package dev.esi4j.internal.engine;

import dev.esi4j.internal.http.InboundResponse;

/** Adds the bearer token on every attempt (so a retry after a long wait uses a refreshed token). */
public final class AuthStep implements Step {

    @Override
    public InboundResponse handle(Exchange exchange, Chain next) {
        if (exchange.credentials() != null) {
            exchange.headers().put("Authorization", "Bearer " + exchange.credentials().accessToken());
        }
        return next.proceed(exchange);
    }
}
