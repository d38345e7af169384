package dev.esi4j.spec;

/**
 * Where a parameter travels in the HTTP request.
 *
 * @since 0.1
 */
public enum ParameterLocation {
    /** A {@code {name}} segment of the path. */
    PATH,
    /** A query-string parameter. */
    QUERY,
    /** A request header. */
    HEADER
}
