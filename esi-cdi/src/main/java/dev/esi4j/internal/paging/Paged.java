package dev.esi4j.internal.paging;

import jakarta.json.JsonArray;

import dev.esi4j.internal.engine.Outcome;

/**
 * All pages merged.
 *
 * @param items    every item, in page order
 * @param last     the last page's outcome (metadata for {@code withResponse()})
 * @param pages    pages in the final snapshot
 * @param requests HTTP responses used (including cache hits and restarted passes)
 */
public record Paged(JsonArray items, Outcome last, int pages, int requests) {
}
