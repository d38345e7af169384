package dev.esi4j.demo;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import dev.esi4j.config.EsiConfig;

/**
 * Server status: the public ESI call {@code GetStatus} (no token), plus what this application runs on.
 */
@Path("status")
@RequestScoped
public class StatusResource {

    @Inject
    EsiConfig config;

    @Inject
    DatabaseInfo database;

    @Context
    private UriInfo uriInfo;

    @Context
    private ServletContext servletContext;

    /** @return the status page */
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String show() {
        String esi = "<section class=\"panel\" aria-labelledby=\"tq\"><h2 id=\"tq\">Tranquility</h2>"
                + "<p class=\"muted\" id=\"esi-status\">The ESI client is not part of this build yet: this panel will "
                + "show players online and the server version from <code>GetStatus</code> at <code>"
                + Html.esc(config.apiUrl()) + "</code>.</p></section>";
        String runtime = Html.table(List.of(
                new String[] {"Application server", Html.esc(servletContext.getServerInfo())},
                new String[] {"Java", Html.esc(Runtime.version())},
                new String[] {"Database", "<span id=\"db-product\">" + Html.esc(database.product()) + "</span>"},
                new String[] {"Persistence unit esi4j-demo", "<span id=\"pu-status\">"
                        + (database.persistenceUnitWorks() ? "working" : "failing") + "</span>"},
                new String[] {"ESI", Html.esc(config.apiUrl())},
                new String[] {"EVE SSO", Html.esc(config.ssoBaseUrl())}));
        String body = esi + "<section class=\"panel\" aria-labelledby=\"rt\"><h2 id=\"rt\">This application</h2>"
                + runtime + "</section>";
        return Html.page(uriInfo.getBaseUri().getPath(), "status", "Server status", body);
    }
}
