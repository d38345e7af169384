package dev.esi4j;

import java.util.List;

import dev.esi4j.spec.SpecOperation;

/**
 * The operations of one tag: {@code esi.tag("Status").operation("GetStatus").call()}.
 *
 * @since 0.1
 */
public interface EsiTag {

    /** @return the tag name as in the spec */
    String name();

    /** @return the tag's operations */
    List<SpecOperation> operations();

    /**
     * @param idOrAlias an operation id or alias of this tag
     * @return a request
     * @throws EsiSpecException when the tag has no such operation
     */
    EsiRequest operation(String idOrAlias);
}
