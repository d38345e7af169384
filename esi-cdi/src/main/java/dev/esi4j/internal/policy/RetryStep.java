package dev.esi4j.internal.policy;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;

import dev.esi4j.internal.engine.Exchange;
import dev.esi4j.internal.engine.Headers;
import dev.esi4j.internal.engine.Step;
import dev.esi4j.internal.http.InboundResponse;
import dev.esi4j.internal.http.TransportException;

/**
 * Retries 502/503/504 and connection failures of retryable operations (B41, B43) with jittered exponential
 * backoff, honouring {@code Retry-After}; exactly {@code budget} retries, never on 4xx (420/429 have their own
 * steps). Each retry passes through the inner steps again (limits, fresh token).
 */
public final class RetryStep implements Step {

    private static final System.Logger LOG = System.getLogger(RetryStep.class.getName());

    private final int serverRetries;
    private final int connectionRetries;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final Clock clock;

    /**
     * @param serverRetries     default budget for 502/503/504
     * @param connectionRetries default budget for connection failures and timeouts
     * @param backoff           delays
     * @param sleeper           waits
     * @param clock             clock for {@code Retry-After} dates
     */
    public RetryStep(int serverRetries, int connectionRetries, Backoff backoff, Sleeper sleeper, Clock clock) {
        this.serverRetries = serverRetries;
        this.connectionRetries = connectionRetries;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    @Override
    public InboundResponse handle(Exchange exchange, Chain next) {
        Integer override = exchange.options().retries();
        int serverBudget = override != null ? override : serverRetries;
        int connectionBudget = override != null ? override : connectionRetries;
        boolean retryable = Idempotency.retryable(exchange.operation());
        for (int retry = 0;; retry++) {
            InboundResponse response;
            try {
                response = next.proceed(exchange);
            } catch (TransportException e) {
                if (!retryable && e.sent() || retry >= connectionBudget) {
                    throw e;
                }
                pause(exchange, retry, Duration.ZERO, e.getMessage());
                continue;
            }
            if (!gateway(response.status()) || !retryable || retry >= serverBudget) {
                return response;
            }
            pause(exchange, retry, Headers.retryAfter(response, clock).orElse(Duration.ZERO),
                    "HTTP " + response.status());
        }
    }

    private void pause(Exchange exchange, int retry, Duration retryAfter, String why) {
        Duration computed = backoff.delay(retry);
        Duration delay = retryAfter.compareTo(computed) > 0 ? retryAfter : computed;
        LOG.log(Level.DEBUG, () -> exchange.operation().id() + ": " + why + ", retry " + (retry + 1) + " in "
                + delay.toMillis() + " ms");
        sleeper.sleep(delay);
    }

    static boolean gateway(int status) {
        return status == 502 || status == 503 || status == 504;
    }
}
