/** Response cache: Expires-driven freshness, ETag revalidation, stores. Internal: no compatibility guarantee. */
package dev.esi4j.internal.cache;
