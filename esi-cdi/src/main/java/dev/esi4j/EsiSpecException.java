package dev.esi4j;

/**
 * The spec cannot be used: unavailable, unreadable, a legacy Swagger 2.0 file that was not converted, an unknown
 * tag or operation, or a compatibility date the spec does not cover.
 *
 * @since 0.1
 */
public class EsiSpecException extends EsiException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and how to fix it */
    public EsiSpecException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong and how to fix it
     * @param cause   underlying failure
     */
    public EsiSpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
