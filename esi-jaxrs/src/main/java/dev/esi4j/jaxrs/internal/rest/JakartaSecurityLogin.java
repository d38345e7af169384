package dev.esi4j.jaxrs.internal.rest;

import java.lang.System.Logger.Level;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;

import dev.esi4j.jaxrs.internal.flow.FlowContext;
import dev.esi4j.jaxrs.internal.flow.LoginHook;
import dev.esi4j.sso.AccessTokenClaims;

/** Logs the SSO character in through Jakarta Security, handled by the application's EVE SSO mechanism. */
final class JakartaSecurityLogin implements LoginHook {

    private static final System.Logger LOG = System.getLogger(JakartaSecurityLogin.class.getName());

    @Override
    public String principalName(AccessTokenClaims claims) {
        return Long.toString(claims.characterId());
    }

    @Override
    public void login(FlowContext context, AccessTokenClaims claims) {
        SecurityContext security = CDI.current().select(SecurityContext.class).get();
        AuthenticationStatus status = security.authenticate(context.request(), context.response(),
                AuthenticationParameters.withParams().credential(new EveSsoCredential(claims)).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            LOG.log(Level.WARNING, "ESI20204: EVE SSO login of character {0} ended with {1}", claims.characterId(),
                    status);
        }
    }
}
