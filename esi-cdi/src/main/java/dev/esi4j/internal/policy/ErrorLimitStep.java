package dev.esi4j.internal.policy;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.esi4j.ErrorLimitedException;
import dev.esi4j.config.LimitMode;
import dev.esi4j.internal.engine.Exchange;
import dev.esi4j.internal.engine.Headers;
import dev.esi4j.internal.engine.Step;
import dev.esi4j.internal.http.InboundResponse;

/**
 * ESI's error limit (B37): once {@code X-ESI-Error-Limit-Remain} is at or below the threshold, or a 420 arrives,
 * no request leaves the process until {@code X-ESI-Error-Limit-Reset} has passed; calls wait or fail fast. A 420
 * raises {@link ErrorLimitedException} and is never retried.
 */
public final class ErrorLimitStep implements Step {

    static final String KEY = "error-limit";
    private static final System.Logger LOG = System.getLogger(ErrorLimitStep.class.getName());
    private static final Duration DEFAULT_RESET = Duration.ofSeconds(60);

    private final LimitState state;
    private final LimitMode mode;
    private final int threshold;
    private final Sleeper sleeper;
    private final Clock clock;

    /**
     * @param state     shared limit state
     * @param mode      wait or fail
     * @param threshold pause when the remaining budget is at or below this
     * @param sleeper   waits
     * @param clock     clock
     */
    public ErrorLimitStep(LimitState state, LimitMode mode, int threshold, Sleeper sleeper, Clock clock) {
        this.state = state;
        this.mode = mode;
        this.threshold = threshold;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    @Override
    public InboundResponse handle(Exchange exchange, Chain next) {
        gate(exchange);
        InboundResponse response = next.proceed(exchange);
        Optional<Long> reset = Headers.seconds(response, "X-ESI-Error-Limit-Reset");
        Duration resetIn = reset.map(Duration::ofSeconds).orElse(DEFAULT_RESET);
        if (response.status() == 420) {
            state.block(KEY, clock.instant().plus(resetIn));
            LOG.log(Level.WARNING, "ESI01013: ESI error limit reached (420); pausing all calls for {0} s",
                    resetIn.toSeconds());
            throw new ErrorLimitedException(resetIn);
        }
        Optional<Long> remain = Headers.seconds(response, "X-ESI-Error-Limit-Remain");
        if (remain.isPresent() && remain.get() <= threshold) {
            state.block(KEY, clock.instant().plus(resetIn));
            LOG.log(Level.WARNING, "ESI01014: ESI error budget low ({0} left); pausing all calls for {1} s",
                    remain.get(), resetIn.toSeconds());
        }
        return response;
    }

    private void gate(Exchange exchange) {
        Instant until = state.notBefore(KEY);
        Instant now = clock.instant();
        if (until == null || !until.isAfter(now)) {
            return;
        }
        Duration wait = Duration.between(now, until);
        if (mode == LimitMode.FAIL) {
            throw new ErrorLimitedException(round(wait));
        }
        exchange.addLimitWait(wait);
        sleeper.sleep(wait);
    }

    private static Duration round(Duration d) {
        return Duration.ofSeconds((d.toMillis() + 999) / 1000);
    }
}
