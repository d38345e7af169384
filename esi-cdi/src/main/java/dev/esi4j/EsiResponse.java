package dev.esi4j;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.json.JsonValue;

/**
 * Data plus response metadata, from {@link EsiRequest#withResponse()}. For {@code results()} the metadata is the
 * last page's; {@link #pages()} is the page count of the snapshot.
 *
 * @since 0.1
 */
public interface EsiResponse {

    /** @return the data (for {@code results()} the merged array) */
    JsonValue data();

    /**
     * @param type record or class to map to with JSON-B (unknown JSON properties are ignored)
     * @param <T>  the type
     * @return the mapped data
     */
    <T> T as(Class<T> type);

    /**
     * @param type element type
     * @param <T>  the type
     * @return the data (an array) mapped element by element
     */
    <T> List<T> asListOf(Class<T> type);

    /** @return HTTP status (200 also for a 304-revalidated cache entry) */
    int status();

    /** @return response headers, case-insensitive names */
    Map<String, List<String>> headers();

    /**
     * @param name header name
     * @return its first value
     */
    Optional<String> header(String name);

    /** @return pages of the result ({@code X-Pages}; 1 for unpaged) */
    int pages();

    /** @return the {@code ETag} */
    Optional<String> etag();

    /** @return {@code Expires} */
    Optional<Instant> expires();

    /** @return {@code Last-Modified} */
    Optional<Instant> lastModified();

    /** @return whether the (last) response came from the cache */
    boolean cacheHit();

    /** @return {@code X-ESI-Error-Limit-Remain} */
    OptionalInt errorLimitRemain();

    /** @return {@code X-ESI-Error-Limit-Reset} seconds */
    OptionalInt errorLimitReset();

    /** @return {@code X-Ratelimit-Group} (or the spec's group) */
    Optional<String> rateLimitGroup();

    /** @return {@code X-Ratelimit-Remaining} */
    OptionalInt rateLimitRemaining();

    /** @return the language the call asked for, when the operation is localised */
    Optional<String> language();
}
