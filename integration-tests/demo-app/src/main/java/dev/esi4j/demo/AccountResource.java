package dev.esi4j.demo;

import java.net.URI;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Log in and log out. {@code /login} is protected in {@code web.xml} (any authenticated caller), so the container
 * hands an anonymous visitor to {@link DemoLogin}, which sends them through EVE SSO; once back, the page returns
 * home.
 */
@Path("")
@RequestScoped
public class AccountResource {

    @Inject
    HttpServletRequest request;

    @Context
    UriInfo uriInfo;

    /** @return home, now logged in */
    @GET
    @Path("login")
    public Response login() {
        return Response.seeOther(home()).build();
    }

    /**
     * Ends the login and the session (stored tokens stay; the next login finds them).
     *
     * @param csrf the form's token
     * @return home, logged out (403 without the session's form token)
     * @throws ServletException when the container cannot log out
     */
    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@FormParam(DemoCsrf.FIELD) String csrf) throws ServletException {
        if (!DemoCsrf.valid(request, csrf)) {
            return DemoCsrf.refused();
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return Response.seeOther(home()).build();
    }

    private URI home() {
        // absolute: RESTEasy would resolve a path-absolute URI against the base URI (context root twice)
        return uriInfo.getBaseUri();
    }
}
