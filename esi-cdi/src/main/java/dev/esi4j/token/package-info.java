/**
 * Tokens: the {@link dev.esi4j.token.Token} model, the query API and the storage SPI that esi-jpa (or the in-memory
 * store) implements.
 */
package dev.esi4j.token;
