/**
 * Configuration: every key ({@link dev.esi4j.config.EsiConfigKeys}) and the immutable, validated
 * {@link dev.esi4j.config.EsiConfig} read from MicroProfile Config once at deployment.
 */
package dev.esi4j.config;
