package dev.esi4j.jaxrs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import dev.esi4j.jaxrs.internal.ScopeSpecs;
import dev.esi4j.jaxrs.internal.flow.CallbackParams;
import dev.esi4j.jaxrs.internal.flow.Decision;
import dev.esi4j.jaxrs.internal.flow.FlowContext;
import dev.esi4j.jaxrs.internal.flow.FlowServices;
import dev.esi4j.jaxrs.internal.flow.SelectionForm;
import dev.esi4j.jaxrs.internal.rest.Responses;
import dev.esi4j.jaxrs.internal.rest.SsoLogin;
import dev.esi4j.jaxrs.internal.web.ReturnTarget;

/**
 * The EVE SSO endpoints of the token flows: login redirect, callback, token-selection page. It has no class-level
 * {@code @Path}, so adding the jar exposes nothing (CONVENTIONS 11); the application opts in by subclassing it and
 * choosing the path, and registers {@code <that path>/callback} as the callback URL ({@code esi.sso.callback-url})
 * of its EVE application:
 * <pre>
 * &#64;Path("sso")
 * public class MySsoResource extends SsoResource {
 * }
 * // esi.sso.callback-url=https://app.example.com/api/sso/callback
 * </pre>
 * Endpoints below that path:
 * <ul>
 * <li>{@code GET login?scopes=...&next=/local/url}: starts SSO (for "add a character" links or a login button)
 * and returns to {@code next} (same-origin relative URLs only; the start page otherwise);</li>
 * <li>{@code GET callback}: the SSO callback;</li>
 * <li>{@code GET select}, {@code POST select}: the token-selection page and its form;</li>
 * <li>{@code GET select.css}: the page's stylesheet, see {@link #stylesheet()}.</li>
 * </ul>
 *
 * @since 0.1
 */
public abstract class SsoResource {

    /**
     * Starts an SSO flow that ends at {@code next}.
     *
     * @param scopes  scopes (repeated and/or space separated)
     * @param next    where to go afterwards, a same-origin relative URL
     * @param request the servlet request
     * @param uriInfo the request URI
     * @return the redirect to EVE SSO
     * @since 0.1
     */
    @GET
    @Path("login")
    public Response login(@QueryParam("scopes") List<String> scopes, @QueryParam("next") String next,
            @Context HttpServletRequest request, @Context UriInfo uriInfo) {
        FlowContext context = context(request, null, uriInfo);
        if (!ScopeSpecs.problems(scopes.toArray(String[]::new)).isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).build();
        }
        ReturnTarget target = ReturnTarget.local("GET", next == null ? "" : next)
                .orElseGet(() -> ReturnTarget.local("GET", context.startPage()).orElseThrow());
        Set<String> names = ScopeSpecs.parse(scopes);
        return Responses.of(services().starter().start(context, target, names, true, false));
    }

    /**
     * The EVE SSO callback.
     *
     * @param code             authorization code
     * @param state            OAuth state
     * @param error            SSO error code
     * @param errorDescription SSO error text
     * @param request          the servlet request
     * @param response         the servlet response
     * @param uriInfo          the request URI
     * @return the redirect back to the resource that started the flow, or an error page
     * @since 0.1
     */
    @GET
    @Path("callback")
    public Response callback(@QueryParam("code") String code, @QueryParam("state") String state,
            @QueryParam("error") String error, @QueryParam("error_description") String errorDescription,
            @Context HttpServletRequest request, @Context HttpServletResponse response, @Context UriInfo uriInfo) {
        CallbackParams params = new CallbackParams(code, state, error, errorDescription);
        FlowContext context = context(request, response, uriInfo);
        return Responses.of(services().callback().handle(context, params, SsoLogin.hook()));
    }

    /**
     * @param flow    the selection id
     * @param request the servlet request
     * @param uriInfo the request URI
     * @return the token-selection page
     * @since 0.1
     */
    @GET
    @Path("select")
    @Produces(MediaType.TEXT_HTML)
    public Response selectionPage(@QueryParam("flow") String flow, @Context HttpServletRequest request,
            @Context UriInfo uriInfo) {
        Decision decision = services().selection().show(context(request, null, uriInfo), flow);
        return decision instanceof Decision.Login ? Response.status(Response.Status.UNAUTHORIZED).build()
                : Responses.of(decision);
    }

    /**
     * @param csrf    the form's CSRF token
     * @param flow    the selection id
     * @param token   the chosen token id
     * @param action  {@code use} or {@code add}
     * @param request the servlet request
     * @param uriInfo the request URI
     * @return the redirect back to the resource, to EVE SSO, or the page again
     * @since 0.1
     */
    @POST
    @Path("select")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response select(@FormParam("csrf") String csrf, @FormParam("flow") String flow,
            @FormParam("token") String token, @FormParam("action") String action,
            @Context HttpServletRequest request, @Context UriInfo uriInfo) {
        Decision decision = services().selection().choose(context(request, null, uriInfo),
                new SelectionForm(csrf, flow, token, action));
        return Responses.of(decision);
    }

    /**
     * @return the stylesheet of the selection page
     * @since 0.1
     */
    @GET
    @Path("select.css")
    @Produces("text/css")
    public Response css() {
        return Response.ok(stylesheet()).type("text/css; charset=UTF-8").build();
    }

    /**
     * Override to style the selection page; the page uses only {@code esi-*} classes.
     *
     * @return the CSS served at {@code select.css}
     * @since 0.1
     */
    protected String stylesheet() {
        try (InputStream in = SsoResource.class.getResourceAsStream("internal/web/selection.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FlowContext context(HttpServletRequest request, HttpServletResponse response, UriInfo uriInfo) {
        String base = uriInfo.getBaseUri().getRawPath();
        String own = "";
        for (Class<?> type = getClass(); type != SsoResource.class; type = type.getSuperclass()) {
            if (type.getAnnotation(Path.class) != null) {
                own = type.getAnnotation(Path.class).value();
                break;
            }
        }
        String path = (base.endsWith("/") ? base : base + "/") + own.replaceAll("^/+|/+$", "");
        return new FlowContext(request, response, path);
    }

    private static FlowServices services() {
        return CDI.current().select(FlowServices.class).get();
    }
}
