package dev.esi4j.jaxrs;

import jakarta.security.enterprise.CallerPrincipal;

/**
 * The caller principal of "Log in with EVE Online": its name is the character id (stable when a character is
 * renamed), and it carries the character name for display.
 *
 * @since 0.1
 */
public class EveCharacterPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final long characterId;
    private final String characterName;

    /**
     * @param characterId   EVE character id
     * @param characterName its name
     */
    public EveCharacterPrincipal(long characterId, String characterName) {
        super(Long.toString(characterId));
        this.characterId = characterId;
        this.characterName = characterName;
    }

    /** @return the EVE character id */
    public long characterId() {
        return characterId;
    }

    /** @return the character name */
    public String characterName() {
        return characterName;
    }
}
