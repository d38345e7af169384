package dev.esi4j.token;

/**
 * CDI event fired when EVE SSO reports another owner hash for a character than a stored token carries: the
 * character was transferred to another account (MISSION 2.5, CASES B16). The stored token has been deleted (at
 * login) or refused and is deleted by refresh-or-delete. Observe it to unlink the character from the user:
 * <pre>
 * void onTransfer(&#64;Observes TokenOwnerChangedEvent event) {
 *     characters.unlink(event.owner(), event.characterId());
 * }
 * </pre>
 *
 * @param tokenId           id of the stored token
 * @param characterId       the character
 * @param owner             principal name of the user who held the token, {@code null} when none
 * @param previousOwnerHash the owner hash stored with the token
 * @param newOwnerHash      the owner hash the SSO reports now
 * @since 0.1
 */
public record TokenOwnerChangedEvent(long tokenId, long characterId, String owner, String previousOwnerHash,
        String newOwnerHash) {
}
