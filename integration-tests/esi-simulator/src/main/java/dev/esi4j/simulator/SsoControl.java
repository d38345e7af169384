package dev.esi4j.simulator;

import java.util.List;
import java.util.Map;

/**
 * Test hooks of the simulated EVE SSO.
 *
 * <pre>{@code
 * sim.sso().autoApprove(SimCharacter.PILOT_ALPHA.id());   // /v2/oauth/authorize redirects at once
 * String bearer = sim.sso().accessToken(SimCharacter.PILOT_ALPHA.id(), "esi-skills.read_skills.v1");
 * }</pre>
 */
public interface SsoControl {

    /** Makes {@code /v2/oauth/authorize} redirect straight back with a code for this character (no page). */
    void autoApprove(long characterId);

    /** Back to showing the character-choice page. */
    void autoApproveOff();

    /** Adds (or replaces) a character. */
    void addCharacter(SimCharacter character);

    /** @return the configured characters */
    List<SimCharacter> characters();

    /** Changes a character's owner hash (account transfer); later tokens carry the new {@code owner}. */
    void changeOwner(long characterId, String newOwnerHash);

    /** Revokes every refresh token of the character (a refresh then answers {@code invalid_grant}). */
    void revokeGrants(long characterId);

    /** Generates new RS256 and ES256 signing keys; old keys stay published in the JWKS until retired. */
    void rotateKeys();

    /** Removes all keys but the current ones from the JWKS. */
    void retireOldKeys();

    /** @return the key id tokens are signed with now */
    String currentKeyId();

    /**
     * @return a valid access token (JWT) for the character with these scopes, signed like login tokens
     *         ({@code aud}/{@code azp}: the first configured client)
     */
    String accessToken(long characterId, String... scopes);

    /** @return a refresh token for the character and scopes (first configured client), usable at {@code /v2/oauth/token} */
    String refreshToken(long characterId, String... scopes);

    /**
     * Signs arbitrary claims with the current RS256 key ({@code alg} "ES256" in {@code header} picks the EC key;
     * a {@code kid} in {@code header} overrides the key id written into the header only).
     *
     * @return the compact JWT
     */
    String sign(Map<String, Object> claims, Map<String, String> header);
}
