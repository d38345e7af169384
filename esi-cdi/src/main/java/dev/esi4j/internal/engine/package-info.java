/**
 * The ESI call engine: requests built from the spec, the policy pipeline (headers, auth, limits, retry, cache),
 * paging and decoding. Internal: no compatibility guarantee.
 */
package dev.esi4j.internal.engine;
