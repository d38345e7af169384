/**
 * Spec reading and loading (JSON-P reader of OpenAPI 3.0/3.1, bundled/file/fetched sources). Internal: no
 * compatibility guarantee.
 */
package dev.esi4j.internal.spec;
