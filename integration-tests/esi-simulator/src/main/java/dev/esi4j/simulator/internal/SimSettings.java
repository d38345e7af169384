package dev.esi4j.simulator.internal;

import dev.esi4j.simulator.SimCharacter;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Everything the builder collected. Immutable.
 *
 * @param host               bind address
 * @param port               port, 0 for a free one
 * @param spec               spec document location
 * @param seed               data seed
 * @param clock              time source
 * @param clients            client id to secret ({@code null}/empty secret: public client)
 * @param callbacks          allowed redirect URIs (empty: any)
 * @param characters         characters
 * @param tokenLifetime      access token lifetime
 * @param issuer             {@code iss} claim; {@code null} means the simulator's own base URL
 * @param scpStringForOne    write a single scope as a string claim (as EVE does)
 * @param errorLimit         error budget per window
 * @param errorWindow        error window
 * @param rateLimits         rate-limit overrides: group to {maxTokens, windowSeconds}
 * @param pages              default page count
 * @param pageSize           default page size
 * @param pageSizes          per-operation {pages, pageSize}
 * @param defaultLanguage    language when none is asked for
 * @param tenants            accepted X-Tenant values
 * @param jwksMaxAge         Cache-Control max-age of the JWKS
 * @param fixtures           extra fixtures: concrete path to JSON (language en, not paged)
 * @param journalSize        how many requests the journal keeps
 * @param rateLimiting       whether rate limits are enforced and announced
 */
public record SimSettings(String host, int port, URL spec, long seed, Clock clock, Map<String, String> clients,
                          List<String> callbacks, List<SimCharacter> characters, Duration tokenLifetime,
                          String issuer, boolean scpStringForOne, int errorLimit, Duration errorWindow,
                          Map<String, long[]> rateLimits, int pages, int pageSize, Map<String, int[]> pageSizes,
                          String defaultLanguage, List<String> tenants, Duration jwksMaxAge,
                          Map<String, String> fixtures, int journalSize, boolean rateLimiting) {
}
