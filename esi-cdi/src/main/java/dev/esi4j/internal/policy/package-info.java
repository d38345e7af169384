/**
 * Resilience policies of the pipeline: retry with backoff, error limit, rate limits. Internal: no compatibility
 * guarantee.
 */
package dev.esi4j.internal.policy;
