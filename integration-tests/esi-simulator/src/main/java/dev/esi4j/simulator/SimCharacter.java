package dev.esi4j.simulator;

import java.util.Objects;

/**
 * A character the simulated SSO can log in. The owner hash changes when the character is
 * transferred to another account.
 *
 * @param id        character id
 * @param name      character name
 * @param ownerHash owner hash ({@code owner} claim)
 */
public record SimCharacter(long id, String name, String ownerHash) {

    /** Character A of the test cases: 2147000001 "Pilot Alpha", owner {@code OWNER-A}. */
    public static final SimCharacter PILOT_ALPHA = new SimCharacter(2147000001L, "Pilot Alpha", "OWNER-A");
    /** Character B of the test cases: 2147000002 "Pilot Bravo", owner {@code OWNER-B}. */
    public static final SimCharacter PILOT_BRAVO = new SimCharacter(2147000002L, "Pilot Bravo", "OWNER-B");

    /** Validates the fields. */
    public SimCharacter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ownerHash, "ownerHash");
    }

    /** @return a copy with another owner hash */
    public SimCharacter withOwnerHash(String newOwnerHash) {
        return new SimCharacter(id, name, newOwnerHash);
    }
}
