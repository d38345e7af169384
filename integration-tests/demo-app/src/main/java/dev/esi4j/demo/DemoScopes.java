package dev.esi4j.demo;

/**
 * The scopes the demo asks for.
 */
final class DemoScopes {

    /** Scopes of the character pages: skills and wallet (one space-separated string, as the annotations take it). */
    static final String CHARACTER = "esi-skills.read_skills.v1 esi-wallet.read_character_wallet.v1";

    /** Scope of the one-off lookup. */
    static final String LOOKUP = "esi-skills.read_skills.v1";

    private DemoScopes() {
    }
}
