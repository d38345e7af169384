package dev.esi4j.internal.token;

import dev.esi4j.token.TokenInvalidException;
import dev.esi4j.token.TokenOwnerChangedEvent;

/** A refresh showed another owner hash: the token is invalid; carries the event to fire after the rollback. */
final class OwnerChangedException extends TokenInvalidException {

    private static final long serialVersionUID = 1L;

    private final transient TokenOwnerChangedEvent event;

    OwnerChangedException(TokenOwnerChangedEvent event) {
        super("Token " + event.tokenId() + " of character " + event.characterId()
                + " is invalid: the character changed account (owner hash changed)");
        this.event = event;
    }

    TokenOwnerChangedEvent event() {
        return event;
    }
}
