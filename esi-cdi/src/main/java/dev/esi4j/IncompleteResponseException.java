package dev.esi4j;

/**
 * {@code results()} could not assemble a consistent result: pages kept coming from different snapshots
 * ({@code Last-Modified}/{@code X-Pages} drift, pages vanishing) after the allowed number of passes.
 *
 * @since 0.1
 */
public class IncompleteResponseException extends EsiException {

    private static final long serialVersionUID = 1L;

    /** @param message what was inconsistent */
    public IncompleteResponseException(String message) {
        super(message);
    }
}
