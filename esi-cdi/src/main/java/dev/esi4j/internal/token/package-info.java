/**
 * Implementation of the token service, the query API, refresh and encryption at rest. Internal: no compatibility
 * guarantee.
 */
package dev.esi4j.internal.token;
