/**
 * JPA plumbing of the esi4j stores: transactions, queries, mapping. Internal: no compatibility guarantee.
 */
package dev.esi4j.jpa.internal;
