/**
 * Build-time generator of esi4j's typed API from an ESI OpenAPI document. Not a runtime dependency; no
 * compatibility guarantee.
 */
package dev.esi4j.typed.generator;
