package dev.esi4j.demo;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.esi4j.EsiClient;
import dev.esi4j.jaxrs.CurrentToken;
import dev.esi4j.jaxrs.SingleUseToken;
import dev.esi4j.token.Token;

/**
 * A one-off lookup with {@code @SingleUseToken}: no login needed; every visit goes through EVE SSO, and the token
 * serves this one request only, linked to nobody, and is deleted afterwards.
 */
@Path("lookup")
@RequestScoped
public class LookupResource {

    @Inject
    CurrentToken current;

    @Inject
    EsiClient esi;

    @Inject
    Pages pages;

    /** @return the skill points of whichever character the visitor picked at EVE SSO */
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @SingleUseToken(scopes = DemoScopes.LOOKUP)
    public String show() {
        Token token = current.get();
        JsonObject skills = esi.operation("GetCharactersCharacterIdSkills").token(token).result().asJsonObject();
        String body = "<p class=\"lead\">This token was used for this page only and is already gone.</p>"
                + "<section class=\"panel\">" + Html.table(List.of(
                        new String[] {"Character", "<span id=\"lookup-name\">" + Html.esc(token.characterName())
                                + "</span>"},
                        new String[] {"Skill points", "<span id=\"lookup-sp\">"
                                + java.text.NumberFormat.getIntegerInstance(java.util.Locale.ROOT)
                                        .format(skills.getJsonNumber("total_sp").longValue()) + "</span>"},
                        new String[] {"Stored for a user", "<span id=\"lookup-owner\">"
                                + token.owner().orElse("nobody") + "</span>"}))
                + "</section>";
        return pages.render("lookup", "One-off lookup", body);
    }
}
