package dev.esi4j.spec;

/**
 * How an operation splits its results, as {@code results()} follows it.
 *
 * @since 0.1
 */
public enum Pagination {
    /** One response holds everything. */
    NONE,
    /** A {@code page} query parameter; the {@code X-Pages} response header gives the page count. */
    PAGES,
    /** {@code before}/{@code after} cursor tokens in the response body ({@code x-pagination: cursor}). */
    CURSOR,
    /** A {@code from_id}/{@code last_mail_id} parameter walking backwards through ids. */
    FROM_ID
}
