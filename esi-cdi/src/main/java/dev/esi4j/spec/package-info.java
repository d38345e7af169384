/**
 * Read-only model of a loaded ESI OpenAPI document: tags, operations, parameters, scopes, pagination kind,
 * rate-limit groups and cache ages. Obtain it from {@code EsiClient.spec()}; every type is immutable.
 *
 * @since 0.1
 */
package dev.esi4j.spec;
