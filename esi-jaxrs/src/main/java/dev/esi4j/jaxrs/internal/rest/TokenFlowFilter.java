package dev.esi4j.jaxrs.internal.rest;

import java.io.IOException;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import dev.esi4j.jaxrs.internal.RequestTokenHolder;
import dev.esi4j.jaxrs.internal.TokenRequirement;
import dev.esi4j.jaxrs.internal.flow.Decision;
import dev.esi4j.jaxrs.internal.flow.FlowContext;
import dev.esi4j.jaxrs.internal.flow.FlowServices;

/**
 * Enforces one resource method's token requirement (registered per method by the token-flow feature). Runs at
 * {@link Priorities#AUTHORIZATION}, after the application's authentication; at most once per request.
 */
@Priority(Priorities.AUTHORIZATION)
public final class TokenFlowFilter implements ContainerRequestFilter {

    private final TokenRequirement requirement;
    private final SsoLocation sso;

    @Context
    private HttpServletRequest request;
    @Context
    private HttpServletResponse response;

    /**
     * @param requirement what the method needs
     * @param sso         where the SSO resource lives
     */
    public TokenFlowFilter(TokenRequirement requirement, SsoLocation sso) {
        this.requirement = requirement;
        this.sso = sso;
    }

    @Override
    public void filter(ContainerRequestContext context) throws IOException {
        RequestTokenHolder holder = CDI.current().select(RequestTokenHolder.class).get();
        if (holder.enforced().isPresent()) {
            return;
        }
        FlowServices services = CDI.current().select(FlowServices.class).get();
        FlowContext flow = new FlowContext(request, response, sso.base(context.getUriInfo()));
        Decision decision = services.flows().enforce(requirement, flow);
        if (decision instanceof Decision.Login) {
            Optional<Response> challenge = login();
            if (challenge.isPresent()) {
                context.abortWith(challenge.get());
                return;
            }
            decision = services.flows().enforce(requirement, flow);
        }
        if (decision instanceof Decision.Proceed proceed) {
            holder.set(requirement, proceed.tokens(), proceed.singleUse());
            ParameterSupport.publish(holder);
        } else if (decision instanceof Decision.Login) {
            context.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
        } else {
            context.abortWith(Responses.of(decision));
        }
    }

    /** Step 0 (MISSION 1.7): the application's Jakarta Security mechanism logs the user in or challenges. */
    private Optional<Response> login() throws IOException {
        try {
            if (request.authenticate(response) && request.getUserPrincipal() != null) {
                return Optional.empty();
            }
        } catch (ServletException e) {
            return Optional.of(Response.status(Response.Status.UNAUTHORIZED).build());
        }
        int status = response.getStatus() < 300 ? 401 : response.getStatus();
        Response.ResponseBuilder challenge = Response.status(status);
        copy(HttpHeaders.LOCATION, challenge);
        copy(HttpHeaders.WWW_AUTHENTICATE, challenge);
        copy("Set-Cookie", challenge);
        return Optional.of(challenge.build());
    }

    private void copy(String header, Response.ResponseBuilder builder) {
        for (String value : response.getHeaders(header)) {
            builder.header(header, value);
        }
    }
}
