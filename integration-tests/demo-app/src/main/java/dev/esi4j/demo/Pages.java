package dev.esi4j.demo;

import java.security.Principal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import dev.esi4j.jaxrs.EveCharacterPrincipal;

/**
 * Renders the demo's pages with the common layout and the account area (who is logged in, log in / log out).
 */
@RequestScoped
public class Pages {

    @Inject
    HttpServletRequest request;

    /**
     * @param active path of the page in the navigation
     * @param title  page title
     * @param body   main content (escaped HTML)
     * @return the whole document
     */
    public String render(String active, String title, String body) {
        return Html.page(request.getContextPath() + "/", active, title, body, account());
    }

    /** @return the logged-in character's name, or empty */
    public String callerName() {
        Principal caller = request.getUserPrincipal();
        if (caller instanceof EveCharacterPrincipal eve) {
            return eve.characterName();
        }
        return caller == null ? "" : caller.getName();
    }

    /** @return the hidden CSRF field for the demo's own forms */
    public String csrfField() {
        return DemoCsrf.field(request);
    }

    private String account() {
        String name = callerName();
        if (name.isEmpty()) {
            return "<a class=\"button\" id=\"login\" href=\"login\">Log in with EVE Online</a>";
        }
        return "<span id=\"caller\">" + Html.esc(name) + "</span>"
                + "<form method=\"post\" action=\"logout\">" + DemoCsrf.field(request)
                + "<button type=\"submit\" id=\"logout\">Log out</button></form>";
    }
}
