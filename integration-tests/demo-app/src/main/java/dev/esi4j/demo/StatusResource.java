package dev.esi4j.demo;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import dev.esi4j.EsiClient;
import dev.esi4j.EsiException;
import dev.esi4j.EsiResponse;
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

    @Inject
    EsiClient esi;

    @Inject
    Pages pages;

    @Context
    private ServletContext servletContext;

    /** @return the status page */
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String show() {
        String esi = "<section class=\"panel\" aria-labelledby=\"tq\"><h2 id=\"tq\">Tranquility</h2>"
                + tranquility() + "</section>";
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
        return pages.render("status", "Server status", body);
    }

    private String tranquility() {
        try {
            EsiResponse status = esi.operation("GetStatus").withResponse().result();
            JsonObject data = status.data().asJsonObject();
            return "<p><span class=\"big\" id=\"players\">" + data.getInt("players") + "</span> players online</p>"
                    + Html.table(List.of(
                            new String[] {"Server version", "<span id=\"server-version\">"
                                    + Html.esc(data.getString("server_version", "")) + "</span>"},
                            new String[] {"Started", Html.esc(data.getString("start_time", ""))},
                            new String[] {"Served from cache", String.valueOf(status.cacheHit())},
                            new String[] {"Expires", Html.esc(status.expires().map(Object::toString).orElse("-"))},
                            new String[] {"Error budget left", status.errorLimitRemain().isPresent()
                                    ? String.valueOf(status.errorLimitRemain().getAsInt()) : "-"}));
        } catch (EsiException e) {
            return "<p class=\"notice\" id=\"esi-error\">ESI did not answer: " + Html.esc(e.getMessage()) + "</p>";
        }
    }
}
