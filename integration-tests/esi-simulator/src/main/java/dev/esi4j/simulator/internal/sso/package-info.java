/**
 * Simulator internals for the EVE SSO side: keys, grants, endpoints.
 * No compatibility guarantee: anything here may change in any release.
 */
package dev.esi4j.simulator.internal.sso;
