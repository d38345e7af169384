package dev.esi4j.demo;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.esi4j.jaxrs.CurrentToken;
import dev.esi4j.jaxrs.TokenRequired;
import dev.esi4j.token.Token;

/**
 * One character's skills and wallet: {@code @TokenRequired}. A visitor who is not logged in logs in with EVE SSO
 * first; a user with several characters picks one on the token-selection page; the method then runs with that
 * character's valid token.
 */
@Path("character")
@RequestScoped
public class CharacterResource {

    @Inject
    CurrentToken current;

    @Inject
    CharacterData data;

    @Inject
    Pages pages;

    /** @return the character page */
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @TokenRequired(scopes = DemoScopes.CHARACTER)
    public String show() {
        return page(current.get());
    }

    /**
     * {@code newToken = true}: always through EVE SSO, so the user can add (or re-consent) a character; the page then
     * shows the character just added.
     *
     * @return the character page of the new token
     */
    @GET
    @Path("add")
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    @TokenRequired(scopes = DemoScopes.CHARACTER, newToken = true)
    public String add() {
        return page(current.get());
    }

    private String page(Token token) {
        CharacterData.Summary character = data.of(token);
        String body = "<section class=\"panel\" aria-labelledby=\"who\"><h2 id=\"who\">"
                + "<span id=\"character-name\">" + Html.esc(character.name()) + "</span></h2>"
                + Html.table(List.of(
                        new String[] {"Character id", "<span id=\"character-id\">" + character.characterId() + "</span>"},
                        new String[] {"Skill points", "<span id=\"total-sp\">" + character.skillPoints() + "</span>"},
                        new String[] {"Trained skills", String.valueOf(character.trainedSkills())},
                        new String[] {"Wallet", "<span id=\"wallet\">" + Html.esc(character.isk()) + "</span>"},
                        new String[] {"Scopes", Html.esc(String.join(" ", token.scopes()))}))
                + "</section><p><a class=\"button\" href=\"character/add\" id=\"add-character\">Add another character</a>"
                + " <a href=\"characters\">All my characters</a></p>";
        return pages.render("character", "My character", body);
    }
}
