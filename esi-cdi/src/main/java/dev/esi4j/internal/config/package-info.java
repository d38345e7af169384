/**
 * Internal: parsing and validation of esi4j configuration. No compatibility guarantee.
 */
package dev.esi4j.internal.config;
