/**
 * EVE SSO v2: authorization-code flow with PKCE, code exchange, refresh, revocation and JWT validation of access
 * tokens ({@link dev.esi4j.sso.SsoClient}).
 */
package dev.esi4j.sso;
