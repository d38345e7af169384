/** Counters behind {@link dev.esi4j.EsiMetrics}; not API. */
package dev.esi4j.internal.metrics;
