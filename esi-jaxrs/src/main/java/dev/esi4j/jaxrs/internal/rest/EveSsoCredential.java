package dev.esi4j.jaxrs.internal.rest;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.security.enterprise.credential.Credential;

import dev.esi4j.sso.AccessTokenClaims;

/**
 * The in-JVM credential the SSO callback passes to {@code SecurityContext.authenticate} after a successful code
 * exchange; usable once.
 */
public final class EveSsoCredential implements Credential {

    private final AccessTokenClaims claims;
    private final AtomicBoolean used = new AtomicBoolean();

    /**
     * @param claims the validated claims of the character's new token
     */
    public EveSsoCredential(AccessTokenClaims claims) {
        this.claims = claims;
    }

    /** @return the claims */
    public AccessTokenClaims claims() {
        return claims;
    }

    /** @return {@code true} the first time only */
    @Override
    public boolean isValid() {
        return used.compareAndSet(false, true);
    }
}
