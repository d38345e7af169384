package dev.esi4j.demo;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Home page: what the demo shows and which features are live.
 */
@Path("/")
@RequestScoped
public class HomeResource {

    @Inject
    Pages pages;

    /** @return the home page */
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String home() {
        StringBuilder cards = new StringBuilder("<ul class=\"cards\">");
        for (Feature feature : Feature.all()) {
            cards.append("<li class=\"card\"><h2><a href=\"").append(Html.esc(feature.path())).append("\">")
                    .append(Html.esc(feature.name())).append("</a></h2><p>").append(Html.esc(feature.description()))
                    .append("</p></li>");
        }
        cards.append("</ul>");
        String intro = "<p class=\"lead\">This application runs on a Jakarta EE server with esi4j: EVE Online's "
                + "ESI API and EVE SSO, configured only through MicroProfile Config.</p>";
        return pages.render("", "Welcome, capsuleer", intro + cards);
    }
}
