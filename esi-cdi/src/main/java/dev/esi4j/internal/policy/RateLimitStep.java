package dev.esi4j.internal.policy;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import dev.esi4j.RateLimitedException;
import dev.esi4j.config.LimitMode;
import dev.esi4j.internal.engine.Exchange;
import dev.esi4j.internal.engine.Headers;
import dev.esi4j.internal.engine.Step;
import dev.esi4j.internal.http.InboundResponse;

/**
 * Floating-window rate limits per group and character (B39): a 429 blocks its bucket until {@code Retry-After}
 * (seconds or HTTP date; at least 1 s of backoff without one) and is retried at most twice (or fails fast); a low
 * {@code X-Ratelimit-Remaining} spaces further calls of the bucket at the window's refill rate. Other groups are
 * never blocked. A 429 is not a server error and never refreshes or deletes a token.
 */
public final class RateLimitStep implements Step {

    static final int MAX_RETRIES = 2;
    static final int LOW_REMAINING = 5;
    private static final System.Logger LOG = System.getLogger(RateLimitStep.class.getName());
    private static final Duration MIN_BACKOFF = Duration.ofSeconds(1);

    private final LimitState state;
    private final LimitMode mode;
    private final Sleeper sleeper;
    private final Clock clock;

    /**
     * @param state   shared limit state
     * @param mode    wait or fail
     * @param sleeper waits
     * @param clock   clock
     */
    public RateLimitStep(LimitState state, LimitMode mode, Sleeper sleeper, Clock clock) {
        this.state = state;
        this.mode = mode;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    @Override
    public InboundResponse handle(Exchange exchange, Chain next) {
        String bucket = exchange.bucket();
        for (int retry = 0;; retry++) {
            gate(exchange, bucket);
            InboundResponse response = next.proceed(exchange);
            if (response.status() != 429) {
                learn(response, bucket);
                return response;
            }
            String group = response.header("X-Ratelimit-Group").orElse(groupOf(exchange));
            Duration wait = Headers.retryAfter(response, clock)
                    .orElse(MIN_BACKOFF.multipliedBy(1L << retry));
            state.block(bucket, clock.instant().plus(wait));
            LOG.log(Level.INFO, "ESI01015: rate limit of group {0} reached; next call in {1} ms", group,
                    wait.toMillis());
            if (mode == LimitMode.FAIL || retry >= MAX_RETRIES) {
                throw new RateLimitedException(group, wait);
            }
        }
    }

    private void gate(Exchange exchange, String bucket) {
        Instant until = state.notBefore(bucket);
        Instant now = clock.instant();
        if (until == null || !until.isAfter(now)) {
            return;
        }
        Duration wait = Duration.between(now, until);
        if (mode == LimitMode.FAIL) {
            throw new RateLimitedException(groupOf(exchange), wait);
        }
        exchange.addLimitWait(wait);
        sleeper.sleep(wait);
    }

    private void learn(InboundResponse response, String bucket) {
        Optional<Long> remaining = Headers.seconds(response, "X-Ratelimit-Remaining");
        Optional<String> limit = response.header("X-Ratelimit-Limit");
        if (remaining.isEmpty() || limit.isEmpty() || remaining.get() > LOW_REMAINING) {
            return;
        }
        Duration spacing = refillInterval(limit.get());
        if (!spacing.isZero()) {
            state.block(bucket, clock.instant().plus(spacing));
        }
    }

    /**
     * @param limit {@code 150/15m}
     * @return time one successful call's tokens (2) take to refill, zero when unparsable
     */
    static Duration refillInterval(String limit) {
        String[] parts = limit.split("/");
        try {
            long tokens = Long.parseLong(parts[0].trim());
            Duration window = WindowText.parse(parts[1]);
            return tokens <= 0 ? Duration.ZERO : window.multipliedBy(2).dividedBy(tokens);
        } catch (RuntimeException e) {
            return Duration.ZERO;
        }
    }

    private static String groupOf(Exchange exchange) {
        return exchange.operation().rateLimit() == null ? "unknown" : exchange.operation().rateLimit().group();
    }
}
