package dev.esi4j.scheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.scheduler.internal.BoundedParallel;
import dev.esi4j.scheduler.internal.ExpiredTokenRefresher;
import dev.esi4j.scheduler.internal.PageTally;
import dev.esi4j.token.TokenCriteria;
import dev.esi4j.token.TokenData;
import dev.esi4j.token.TokenService;
import dev.esi4j.token.TokenStore;

/**
 * Token cleanup (MISSION 6.2; django-esi's {@code cleanup_token}):
 * <ol>
 * <li>deletes tokens without owner (single-use or orphaned) created more than {@code orphanAge} ago, in one batched
 *     statement;</li>
 * <li>refreshes expired tokens, at most {@code concurrency} at a time, page by page;</li>
 * <li>deletes, in one batched statement per page, those that cannot be refreshed (no refresh token, refused by the
 *     SSO, character changed owner), and keeps those whose refresh failed for a transient reason.</li>
 * </ol>
 * Usable on its own:
 * <pre>
 * CleanupRun run = TokenCleanup.of(tokenStore, tokenService, esiConfig).run();
 * </pre>
 *
 * @since 0.1
 */
public final class TokenCleanup {

    /** Expired tokens read per page. */
    public static final int PAGE_SIZE = 500;

    private final TokenStore store;
    private final TokenService service;
    private final Duration orphanAge;
    private final int concurrency;
    private final ExecutorService executor;
    private final Clock clock;

    /**
     * @param store       the token store (paged reads and batched deletes)
     * @param service     the token service (refreshes)
     * @param orphanAge   tokens without owner older than this are deleted
     * @param concurrency refreshes in flight at most
     * @param executor    runs the refreshes; {@code null} for a pool of {@code concurrency} threads per run
     * @param clock       clock giving "now"
     */
    public TokenCleanup(TokenStore store, TokenService service, Duration orphanAge, int concurrency,
            ExecutorService executor, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.service = Objects.requireNonNull(service, "service");
        this.orphanAge = Objects.requireNonNull(orphanAge, "orphanAge");
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        }
        this.concurrency = concurrency;
        this.executor = executor;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param store   the token store
     * @param service the token service
     * @param config  supplies {@code esi.cleanup.tokens.refresh-concurrency} and, as the age after which a token
     *                without owner is past its use, {@code esi.callback-redirect.max-age}
     * @return the job with the system clock and its own refresh threads
     */
    public static TokenCleanup of(TokenStore store, TokenService service, EsiConfig config) {
        return new TokenCleanup(store, service, config.callbackRedirectMaxAge(), config.cleanupRefreshConcurrency(),
                null, Clock.systemUTC());
    }

    /**
     * Runs the cleanup.
     *
     * @return what was done
     * @throws dev.esi4j.sso.SsoConfigurationException when the SSO refuses the client credentials (the run stops;
     *                                                 no token is deleted for it)
     */
    public CleanupRun run() {
        Instant start = clock.instant();
        long t0 = System.nanoTime();
        long removed = store.deleteBy(TokenCriteria.ALL.withOwner(null).withCreatedBefore(start.minus(orphanAge)));
        ExecutorService pool = executor != null ? executor : Executors.newFixedThreadPool(concurrency);
        try {
            Totals totals = refreshExpired(start, new BoundedParallel(concurrency, pool));
            return new CleanupRun(CleanupJob.TOKENS, start, Duration.ofNanos(System.nanoTime() - t0),
                    removed + totals.deleted, totals.refreshed, totals.failed, true);
        } finally {
            if (executor == null) {
                pool.shutdown();
            }
        }
    }

    private Totals refreshExpired(Instant start, BoundedParallel parallel) {
        TokenCriteria expired = TokenCriteria.ALL.withExpiredAt(start);
        ExpiredTokenRefresher refresher = new ExpiredTokenRefresher(service, start);
        Set<Long> seen = new HashSet<>();
        Totals totals = new Totals();
        int offset = 0;
        for (List<TokenData> page = store.findBy(expired, offset, PAGE_SIZE); !page.isEmpty();
                page = store.findBy(expired, offset, PAGE_SIZE)) {
            List<TokenData> fresh = page.stream().filter(t -> seen.add(t.id())).toList();
            PageTally tally = new PageTally();
            parallel.forEach(fresh, token -> refresher.refresh(token, tally));
            int deleted = store.deleteByIdIn(tally.invalidIds());
            totals.refreshed += tally.refreshed();
            totals.failed += tally.failures();
            totals.deleted += deleted;
            if (tally.abortCause() != null) {
                throw tally.abortCause();
            }
            // tokens of this page that still match (kept failures, already seen) come before the next page
            offset += page.size() - tally.leftTheQuery(deleted);
        }
        return totals;
    }

    /** Running totals of the refresh phase. */
    private static final class Totals {
        private long refreshed;
        private long failed;
        private long deleted;
    }
}
