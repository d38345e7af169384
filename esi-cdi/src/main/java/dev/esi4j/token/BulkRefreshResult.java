package dev.esi4j.token;

import java.util.List;

/**
 * Outcome of {@link Tokens#bulkRefresh()} and of refresh-or-delete runs.
 *
 * @param refreshed tokens that are valid after the run
 * @param deleted   number of tokens deleted because they cannot be refreshed
 * @param failed    number of tokens kept although their refresh failed for a transient reason
 * @since 0.1
 */
public record BulkRefreshResult(List<Token> refreshed, int deleted, int failed) {

    /** Copies the list. */
    public BulkRefreshResult {
        refreshed = List.copyOf(refreshed);
    }
}
