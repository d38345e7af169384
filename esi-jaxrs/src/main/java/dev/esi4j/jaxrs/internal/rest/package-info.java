/**
 * Internal: Jakarta REST glue of the token flows (filter, response mapping, SSO resource location). No
 * compatibility guarantee.
 */
package dev.esi4j.jaxrs.internal.rest;
