package dev.esi4j.demo;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * Home page: what the demo shows and which features are live.
 */
@Path("/")
@RequestScoped
public class HomeResource {

    @Context
    private UriInfo uriInfo;

    /** @return the home page */
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String home() {
        StringBuilder cards = new StringBuilder("<ul class=\"cards\">");
        for (Feature feature : Feature.all()) {
            boolean live = !feature.path().isEmpty();
            cards.append("<li class=\"card").append(live ? "" : " soon").append("\"><h2>");
            if (live) {
                cards.append("<a href=\"").append(Html.esc(feature.path())).append("\">")
                        .append(Html.esc(feature.name())).append("</a>");
            } else {
                cards.append(Html.esc(feature.name()));
            }
            cards.append("</h2><p>").append(Html.esc(feature.description())).append("</p>")
                    .append(live ? "" : "<span class=\"badge\">coming soon</span>").append("</li>");
        }
        cards.append("</ul>");
        String intro = "<p class=\"lead\">This application runs on a Jakarta EE server with esi4j: EVE Online's "
                + "ESI API and EVE SSO, configured only through MicroProfile Config.</p>";
        return Html.page(uriInfo.getBaseUri().getPath(), "", "Welcome, capsuleer", intro + cards);
    }
}
