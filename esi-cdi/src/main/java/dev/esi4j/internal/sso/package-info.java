/**
 * Internal: the EVE SSO v2 client (metadata, authorize URL, token endpoint, JWKS, JWT validation). No compatibility
 * guarantee; use {@link dev.esi4j.sso.SsoClient} and {@link dev.esi4j.sso.SsoClients}.
 */
package dev.esi4j.internal.sso;
