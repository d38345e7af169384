package dev.esi4j.demo;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.esi4j.jaxrs.CurrentTokens;
import dev.esi4j.jaxrs.TokensRequired;
import dev.esi4j.token.Token;

/**
 * Every character of the logged-in user: {@code @TokensRequired} hands over all their valid tokens with the scopes
 * (no selection page; EVE SSO when there is none yet).
 */
@Path("characters")
@RequestScoped
public class CharactersResource {

    @Inject
    CurrentTokens tokens;

    @Inject
    CharacterData data;

    @Inject
    Pages pages;

    /** @return one row per character */
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @TokensRequired(scopes = DemoScopes.CHARACTER)
    public String show() {
        StringBuilder rows = new StringBuilder();
        for (Token token : tokens.list()) {
            CharacterData.Summary character = data.of(token);
            rows.append("<tr><th scope=\"row\">").append(Html.esc(character.name())).append("</th><td>")
                    .append(character.skillPoints()).append("</td><td>").append(Html.esc(character.isk()))
                    .append("</td></tr>");
        }
        String body = "<p class=\"lead\"><span id=\"character-count\">" + tokens.list().size()
                + "</span> characters with skills and wallet access.</p>"
                + "<table class=\"grid\" id=\"characters\"><caption>Your characters</caption><thead><tr>"
                + "<th scope=\"col\">Character</th><th scope=\"col\">Skill points</th><th scope=\"col\">Wallet</th>"
                + "</tr></thead><tbody>" + rows + "</tbody></table>"
                + "<p><a class=\"button\" href=\"character/add\">Add another character</a></p>";
        return pages.render("characters", "All my characters", body);
    }
}
