package dev.esi4j.simulator.internal.sso;

import dev.esi4j.simulator.SimCharacter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Mutable state of the simulated SSO shared by its endpoints and the test hooks.
 *
 * @param clients      client id to secret (empty secret: public client)
 * @param callbacks    allowed redirect URIs (empty: any)
 * @param characters   characters by id
 * @param autoApprove  character auto-approved at authorize, or {@code null}
 * @param grants       codes and refresh tokens
 * @param keys         signing keys
 * @param minter       access token factory
 * @param scopes       scopes the spec knows (empty: any)
 * @param baseUrl      the simulator's base URL, set at start
 * @param jwksMaxAge   Cache-Control max-age of the JWKS in seconds
 */
public record SsoState(Map<String, String> clients, List<String> callbacks, Map<Long, SimCharacter> characters,
                       AtomicReference<Long> autoApprove, GrantStore grants, SigningKeys keys, TokenMinter minter,
                       Set<String> scopes, AtomicReference<String> baseUrl, long jwksMaxAge) {

    /** @return a state with a concurrent character map filled from the list */
    public static Map<Long, SimCharacter> characterMap(List<SimCharacter> list) {
        Map<Long, SimCharacter> map = new ConcurrentHashMap<>();
        list.forEach(c -> map.put(c.id(), c));
        return map;
    }
}
