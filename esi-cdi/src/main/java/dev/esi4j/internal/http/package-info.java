/**
 * HTTP transport of the ESI client (JDK {@code HttpClient} behind a small interface). Internal: no compatibility
 * guarantee.
 */
package dev.esi4j.internal.http;
