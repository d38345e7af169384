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
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import dev.esi4j.jaxrs.internal.RequestTokenHolder;
import dev.esi4j.jaxrs.internal.TokenRequirement;
import dev.esi4j.jaxrs.internal.flow.Decision;
import dev.esi4j.jaxrs.internal.flow.FlowContext;
import dev.esi4j.jaxrs.internal.flow.FlowServices;

/**
 * Enforces the token requirement of the matched resource method. The token-flow feature registers it as a class
 * for guarded methods only, so that every runtime (Jersey too) injects its {@code @Context} proxies. Runs at
 * {@link Priorities#AUTHORIZATION}, after the application's authentication; at most once per request.
 */
@Priority(Priorities.AUTHORIZATION)
public final class TokenFlowFilter implements ContainerRequestFilter {

    @Context
    private ResourceInfo resourceInfo;
    @Context
    private HttpServletRequest request;
    @Context
    private HttpServletResponse response;

    @Override
    public void filter(ContainerRequestContext context) throws IOException {
        Optional<TokenRequirement> required = TokenRequirement.of(resourceInfo.getResourceMethod(),
                resourceInfo.getResourceClass());
        RequestTokenHolder holder = CDI.current().select(RequestTokenHolder.class).get();
        if (required.isEmpty() || holder.enforced().isPresent()) {
            return;
        }
        TokenRequirement requirement = required.get();
        FlowServices services = CDI.current().select(FlowServices.class).get();
        FlowContext flow = new FlowContext(request, response, SsoLocation.base(context.getUriInfo()));
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
