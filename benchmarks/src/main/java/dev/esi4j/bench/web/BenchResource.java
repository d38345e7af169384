package dev.esi4j.bench.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import dev.esi4j.jaxrs.CurrentToken;
import dev.esi4j.jaxrs.TokenRequired;

/** The same small answer with and without {@code @TokenRequired}. */
@Path("bench")
@RequestScoped
@Produces(MediaType.TEXT_PLAIN)
public class BenchResource {

    @Inject
    CurrentToken current;

    @Context
    HttpServletRequest request;

    /** @return the caller's name, without any token check */
    @GET
    @Path("plain")
    public String plain() {
        return "plain:" + (request.getUserPrincipal() == null ? "-" : request.getUserPrincipal().getName());
    }

    /** @return the name of the caller's token's character, after the token check */
    @GET
    @Path("guarded")
    @TokenRequired(scopes = BenchLogin.SCOPE)
    public String guarded() {
        return "guarded:" + current.get().characterName();
    }
}
