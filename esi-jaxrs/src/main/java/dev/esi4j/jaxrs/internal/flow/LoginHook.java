package dev.esi4j.jaxrs.internal.flow;

import dev.esi4j.sso.AccessTokenClaims;

/** "Log in with EVE Online" (MISSION 1.9): makes the SSO character the caller when nobody is logged in. */
public interface LoginHook {

    /**
     * @param claims the validated claims of the new token
     * @return the principal name the character logs in as (owner of its token)
     */
    String principalName(AccessTokenClaims claims);

    /**
     * Logs the character in for the rest of the session.
     *
     * @param context the callback request
     * @param claims  the validated claims
     */
    void login(FlowContext context, AccessTokenClaims claims);
}
