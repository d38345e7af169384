package dev.esi4j.simulator.internal.esi;

import dev.esi4j.simulator.internal.sso.BearerVerifier;
import java.util.List;

/**
 * The shared ESI policies and stores.
 *
 * @param fixtures  recorded bodies
 * @param paging    page sizes and snapshots
 * @param seed      data seed
 * @param verifier  bearer token checks
 * @param tenants   accepted tenants / datasources
 * @param budget    error limit
 * @param limiter   rate limits
 * @param dates     compatibility dates
 * @param languages language choice
 */
public record EsiParts(FixtureStore fixtures, PagingConfig paging, long seed, BearerVerifier verifier,
                       List<String> tenants, ErrorBudget budget, RateLimiter limiter, CompatibilityDates dates,
                       LanguageSelector languages) {
}
