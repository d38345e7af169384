package dev.esi4j.jaxrs;

import java.util.Set;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.esi4j.jaxrs.internal.flow.Decision;
import dev.esi4j.jaxrs.internal.flow.FlowContext;
import dev.esi4j.jaxrs.internal.flow.FlowServices;
import dev.esi4j.jaxrs.internal.rest.EveSsoCredential;
import dev.esi4j.jaxrs.internal.rest.Responses;
import dev.esi4j.jaxrs.internal.web.ReturnTarget;
import dev.esi4j.sso.AccessTokenClaims;

/**
 * "Log in with EVE Online" (MISSION 1.9): a Jakarta Security {@link HttpAuthenticationMechanism} that makes the EVE
 * SSO character the caller principal, so an application can use EVE SSO as its only login. Opt in by subclassing it
 * as a CDI bean (nothing happens by merely adding the jar):
 * <pre>
 * &#64;ApplicationScoped
 * public class EveLogin extends EveSsoAuthenticationMechanism {
 *     &#64;Override
 *     protected Set&lt;String&gt; groups(AccessTokenClaims character) {
 *         return Set.of("pilot");
 *     }
 * }
 * </pre>
 * A request to a protected resource without a caller goes to EVE SSO; the {@link SsoResource} callback stores the
 * character's token with the character as owner and logs the character in ({@link EveCharacterPrincipal}, whose
 * name is the character id, stable across renames); the session keeps the login ({@link AutoApplySession}).
 * Requires an {@link SsoResource} subclass (the callback) and {@code esi.sso.callback-url} pointing at it.
 *
 * @since 0.1
 */
@AutoApplySession
public abstract class EveSsoAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        Credential credential = context.getAuthParameters() == null ? null
                : context.getAuthParameters().getCredential();
        if (credential instanceof EveSsoCredential sso && sso.isValid()) {
            AccessTokenClaims claims = sso.claims();
            return context.notifyContainerAboutLogin(
                    new EveCharacterPrincipal(claims.characterId(), claims.characterName()), groups(claims));
        }
        if (needsLogin(request, context)) {
            String query = request.getQueryString();
            String here = "GET".equals(request.getMethod())
                    ? request.getRequestURI() + (query == null ? "" : "?" + query) : "";
            ReturnTarget target = ReturnTarget.local("GET", here).orElseGet(() -> ReturnTarget
                    .local("GET", request.getContextPath() + "/").orElseThrow());
            Decision start = flows().starter().start(new FlowContext(request, response, null), target,
                    loginScopes(), true, false);
            Responses.noStore(response);
            return context.redirect(((Decision.Redirect) start).location());
        }
        return context.doNothing();
    }

    /**
     * A request needs the EVE SSO login when nobody is logged in and either the container protects the resource or
     * the application asked for authentication ({@code HttpServletRequest.authenticate}, which the token flows call
     * for {@code @TokenRequired} and {@code @TokensRequired} on unprotected resources).
     */
    static boolean needsLogin(HttpServletRequest request, HttpMessageContext context) {
        return request.getUserPrincipal() == null && (context.isProtected() || context.isAuthenticationRequest());
    }

    /**
     * Override to give logged-in characters application roles.
     *
     * @param character the validated claims of the character's token
     * @return its groups; none by default
     * @since 0.1
     */
    protected Set<String> groups(AccessTokenClaims character) {
        return Set.of();
    }

    /**
     * Override to request scopes with the login itself.
     *
     * @return scopes requested when logging in; none by default (a login-only token)
     * @since 0.1
     */
    protected Set<String> loginScopes() {
        return Set.of();
    }

    FlowServices flows() {
        return CDI.current().select(FlowServices.class).get();
    }
}
