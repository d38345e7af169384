/**
 * Internal: the orchestrator of the token flows and its small controllers (SSO start, callback, selection), the
 * ports to the token SPI and their adapters. No compatibility guarantee.
 *
 * <p>EVE SSO v2 flow as esi4j runs it (code comments cite the step numbers):
 * <ol>
 * <li>a guarded request finds no usable token (or needs a new one): {@code SsoStarter} asks the SSO client for an
 * authorize URL (random state, PKCE verifier), stores a pending flow bound to the browser session (state,
 * verifier, return target, scopes) and redirects the browser to EVE SSO;</li>
 * <li>the user approves at EVE SSO, which redirects to the registered callback with {@code code} and
 * {@code state} (or {@code error});</li>
 * <li>{@code CallbackController} consumes the pending flow by state and session binding (single use, expiring),
 * exchanges the code once, stores the token, renews the session id;</li>
 * <li>the token is handed off in the session to the return target and the browser is sent back there;</li>
 * <li>the resumed request takes the hand-off and runs with the new token.</li>
 * </ol>
 */
package dev.esi4j.jaxrs.internal.flow;
