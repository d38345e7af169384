package dev.esi4j.spec;

import java.util.List;

/**
 * A tag (ESI's grouping such as {@code Universe}) and its operations.
 *
 * @param name       tag name
 * @param operations operations carrying the tag, in spec order
 * @since 0.1
 */
public record SpecTag(String name, List<SpecOperation> operations) {

    /** Copies the list. */
    public SpecTag {
        operations = List.copyOf(operations);
    }
}
