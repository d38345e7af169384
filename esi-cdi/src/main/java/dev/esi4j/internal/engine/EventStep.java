package dev.esi4j.internal.engine;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import dev.esi4j.EsiCallEvent;
import dev.esi4j.internal.http.InboundResponse;

/** Outermost step: one {@link EsiCallEvent} per exchange to every listener; a failing listener never fails a call. */
public final class EventStep implements Step {

    private static final System.Logger LOG = System.getLogger(EventStep.class.getName());

    private final List<Consumer<EsiCallEvent>> listeners;
    private final Clock clock;

    /**
     * @param listeners event consumers
     * @param clock     clock for latency
     */
    public EventStep(List<Consumer<EsiCallEvent>> listeners, Clock clock) {
        this.listeners = List.copyOf(listeners);
        this.clock = clock;
    }

    @Override
    public InboundResponse handle(Exchange exchange, Chain next) {
        Instant start = clock.instant();
        try {
            InboundResponse response = next.proceed(exchange);
            fire(exchange, start, response.status(), response.status() >= 400 ? "HTTP " + response.status() : null);
            return response;
        } catch (RuntimeException e) {
            fire(exchange, start, 0, e.getClass().getSimpleName());
            throw e;
        }
    }

    private void fire(Exchange exchange, Instant start, int status, String error) {
        if (listeners.isEmpty()) {
            return;
        }
        EsiCallEvent event = new EsiCallEvent(exchange.operation().id(), exchange.method(), exchange.uri().getPath(),
                status, Duration.between(start, clock.instant()), exchange.cacheHit(),
                Math.max(0, exchange.attempts() - 1), exchange.limitWait(), error);
        for (Consumer<EsiCallEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, "ESI call listener failed", e);
            }
        }
        LOG.log(Level.DEBUG, () -> "ESI " + event);
    }
}
