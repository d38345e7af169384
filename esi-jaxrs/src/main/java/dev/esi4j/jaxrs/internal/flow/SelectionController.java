package dev.esi4j.jaxrs.internal.flow;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import dev.esi4j.jaxrs.internal.web.PageText;
import dev.esi4j.jaxrs.internal.web.Pages;
import dev.esi4j.jaxrs.internal.web.SessionFlows;
import dev.esi4j.jaxrs.internal.web.SessionFlows.Selection;
import dev.esi4j.jaxrs.internal.web.SessionSecrets;
import dev.esi4j.token.Token;

/**
 * The token-selection page (MISSION 1.8): shows one entry per character of the user's usable tokens and accepts
 * only a CSRF-protected choice of a token that belongs to the user, has the scopes and is valid; "add another
 * character" starts SSO for a new token.
 */
public final class SelectionController {

    private final TokenAccess tokens;
    private final SsoStarter starter;
    private final Clock clock;
    private final Duration maxAge;
    private final PageSettings settings;

    /**
     * @param tokens   token port
     * @param starter  SSO starter
     * @param clock    time source
     * @param maxAge   lifetime of hand-offs
     * @param settings languages and image server
     */
    public SelectionController(TokenAccess tokens, SsoStarter starter, Clock clock, Duration maxAge,
            PageSettings settings) {
        this.tokens = tokens;
        this.starter = starter;
        this.clock = clock;
        this.maxAge = maxAge;
        this.settings = settings;
    }

    /**
     * @param context the request
     * @param flowId  the selection id
     * @return the page, the login, or an error page
     */
    public Decision show(FlowContext context, String flowId) {
        return show(context, flowId, false, 200);
    }

    /**
     * @param context the form post
     * @param form    the submitted fields
     * @return the redirect back to the resource, SSO for another character, or the page again
     */
    public Decision choose(FlowContext context, SelectionForm form) {
        HttpSession session = context.session(false);
        if (!SessionSecrets.csrfMatches(session, form.csrf())) {
            return error(context, 403, "error.forbidden");
        }
        Optional<Selection> selection = SessionFlows.findSelection(session, form.flow(), clock.instant());
        if (selection.isEmpty()) {
            return error(context, 400, "error.state");
        }
        if (form.addCharacter()) {
            SessionFlows.removeSelection(session, form.flow());
            return starter.start(context, selection.get().target(), selection.get().scopes(), true, false);
        }
        Optional<String> principal = context.principal();
        Optional<Token> chosen = principal.flatMap(p -> form.tokenId().flatMap(tokens::findById)
                .filter(t -> t.owner().equals(principal))
                .filter(t -> t.scopes().containsAll(selection.get().scopes()))
                .flatMap(tokens::validated));
        if (chosen.isEmpty()) {
            return show(context, form.flow(), true, 400);
        }
        SessionFlows.removeSelection(session, form.flow());
        SessionFlows.putHandoff(session, selection.get().target(), new SessionFlows.Handoff(
                List.of(chosen.get().id().orElseThrow()), false, clock.instant().plus(maxAge)));
        if (selection.get().target().redirectable()) {
            return new Decision.Redirect(303, selection.get().target().location());
        }
        return new Decision.Page(200, Pages.resume(text(context), selection.get().target()));
    }

    private Decision show(FlowContext context, String flowId, boolean invalid, int status) {
        HttpSession session = context.session(false);
        Optional<Selection> selection = SessionFlows.findSelection(session, flowId, clock.instant());
        if (selection.isEmpty()) {
            return error(context, 400, "error.state");
        }
        Optional<String> principal = context.principal();
        if (principal.isEmpty()) {
            return new Decision.Login();
        }
        List<Pages.Choice> choices = TokenFlows.newestPerCharacter(
                tokens.validTokens(principal.get(), selection.get().scopes())).stream()
                .map(t -> new Pages.Choice(t.id().orElseThrow(), t.characterId(), t.characterName())).toList();
        Pages.FormTarget form = new Pages.FormTarget(context.ssoPath("select"), SessionSecrets.csrfToken(session),
                flowId, invalid);
        return new Decision.Page(status, Pages.selection(text(context), choices, selection.get().scopes(), form,
                settings.imageServer(), context.ssoPath("select.css")));
    }

    private Decision error(FlowContext context, int status, String key) {
        return new Decision.Page(status, Pages.error(text(context), key, null, context.startPage()));
    }

    private PageText text(FlowContext context) {
        return PageText.choose(context.languages(), settings.languages());
    }

    /**
     * Page configuration.
     *
     * @param languages   enabled languages ({@code esi.languages})
     * @param imageServer image server base URL ({@code esi.image-server.url}), empty for no portraits
     */
    public record PageSettings(List<String> languages, Optional<String> imageServer) {
        /** Copies. */
        public PageSettings {
            languages = List.copyOf(languages);
        }
    }
}
