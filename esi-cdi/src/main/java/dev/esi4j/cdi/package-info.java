/**
 * CDI integration: producers for {@link dev.esi4j.config.EsiConfig} and the esi4j services.
 */
package dev.esi4j.cdi;
