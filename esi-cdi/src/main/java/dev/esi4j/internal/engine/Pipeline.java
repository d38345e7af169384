package dev.esi4j.internal.engine;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.esi4j.internal.http.InboundResponse;
import dev.esi4j.internal.http.OutboundRequest;
import dev.esi4j.internal.http.Transport;

/** Steps in order (outermost first) ending in the transport. */
public final class Pipeline {

    private final List<Step> steps;
    private final Transport transport;
    private final Duration defaultTimeout;

    /**
     * @param steps          policies, outermost first
     * @param transport      the transport
     * @param defaultTimeout read timeout when the call sets none
     */
    public Pipeline(List<Step> steps, Transport transport, Duration defaultTimeout) {
        this.steps = List.copyOf(steps);
        this.transport = transport;
        this.defaultTimeout = defaultTimeout;
    }

    /**
     * @param exchange the call
     * @return the final response
     */
    public InboundResponse execute(Exchange exchange) {
        return at(0).proceed(exchange);
    }

    private Step.Chain at(int index) {
        if (index == steps.size()) {
            return this::send;
        }
        Step step = steps.get(index);
        Step.Chain next = at(index + 1);
        return exchange -> step.handle(exchange, next);
    }

    private InboundResponse send(Exchange exchange) {
        exchange.countAttempt();
        Duration timeout = exchange.options().timeout() != null ? exchange.options().timeout() : defaultTimeout;
        return transport.send(new OutboundRequest(exchange.method(), exchange.uri(), Map.copyOf(exchange.headers()),
                exchange.body(), timeout));
    }
}
