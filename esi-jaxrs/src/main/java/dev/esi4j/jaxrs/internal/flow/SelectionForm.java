package dev.esi4j.jaxrs.internal.flow;

import java.util.Optional;

/**
 * The fields the selection form posts.
 *
 * @param csrf   the CSRF token
 * @param flow   the selection id
 * @param token  the chosen token id (text)
 * @param action {@code use} or {@code add}
 */
public record SelectionForm(String csrf, String flow, String token, String action) {

    /** @return whether "add another character" was pressed */
    public boolean addCharacter() {
        return "add".equals(action);
    }

    /** @return the chosen token id, empty when absent or not a number */
    public Optional<Long> tokenId() {
        try {
            return token == null ? Optional.empty() : Optional.of(Long.parseLong(token.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
