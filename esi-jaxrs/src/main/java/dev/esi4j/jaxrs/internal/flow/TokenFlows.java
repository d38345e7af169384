package dev.esi4j.jaxrs.internal.flow;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.esi4j.jaxrs.internal.TokenRequirement;
import dev.esi4j.jaxrs.internal.TokenRequirement.Kind;
import dev.esi4j.jaxrs.internal.web.PageText;
import dev.esi4j.jaxrs.internal.web.Pages;
import dev.esi4j.jaxrs.internal.web.ReturnTarget;
import dev.esi4j.jaxrs.internal.web.SessionFlows;
import dev.esi4j.jaxrs.internal.web.SessionFlows.Handoff;
import dev.esi4j.token.Token;

/**
 * Orchestrator of a guarded request (MISSION 1.1-1.7): hand-off from a finished flow, else the user's tokens,
 * else selection page, SSO or the application's login.
 */
public final class TokenFlows {

    private static final System.Logger LOG = System.getLogger(TokenFlows.class.getName());

    private final TokenAccess tokens;
    private final SsoStarter starter;
    private final Clock clock;
    private final Duration maxAge;

    /**
     * @param tokens  token port
     * @param starter SSO starter
     * @param clock   time source
     * @param maxAge  lifetime of pending flows, hand-offs and selections
     */
    public TokenFlows(TokenAccess tokens, SsoStarter starter, Clock clock, Duration maxAge) {
        this.tokens = tokens;
        this.starter = starter;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /**
     * @param requirement what the resource needs
     * @param context     the request
     * @return what to do with the request
     */
    public Decision enforce(TokenRequirement requirement, FlowContext context) {
        Optional<ReturnTarget> target = context.target();
        if (target.isEmpty()) {
            return new Decision.Page(400, Pages.error(PageText.of("en"), "error.forbidden", null, context.startPage()));
        }
        Optional<String> principal = context.principal();
        // step 5: a finished SSO flow or selection hands its token(s) to exactly this request
        Optional<Decision> handed = SessionFlows.takeHandoff(context.session(false), target.get(), clock.instant())
                .flatMap(h -> fromHandoff(h, requirement, principal));
        if (handed.isPresent()) {
            return handed.get();
        }
        if (requirement.alwaysSso()) {
            return start(context, target.get(), requirement);
        }
        if (principal.isEmpty()) {
            return new Decision.Login();
        }
        List<Token> usable = tokens.validTokens(principal.get(), requirement.scopes());
        if (usable.isEmpty()) {
            return start(context, target.get(), requirement);
        }
        if (requirement.kind() == Kind.TOKENS) {
            return new Decision.Proceed(usable, false);
        }
        List<Token> perCharacter = newestPerCharacter(usable);
        if (perCharacter.size() == 1) {
            return new Decision.Proceed(perCharacter, false);
        }
        String id = SessionFlows.putSelection(context.session(true), new SessionFlows.Selection(target.get(),
                requirement.scopes(), clock.instant().plus(maxAge)));
        return new Decision.Redirect(303, context.ssoPath("select") + "?flow=" + id);
    }

    /**
     * @param tokens tokens, newest first
     * @return the newest token of each character, in the same order
     */
    public static List<Token> newestPerCharacter(List<Token> tokens) {
        Map<Long, Token> newest = new LinkedHashMap<>();
        for (Token token : tokens) {
            newest.putIfAbsent(token.characterId(), token);
        }
        return new ArrayList<>(newest.values());
    }

    private Decision start(FlowContext context, ReturnTarget target, TokenRequirement requirement) {
        return starter.start(context, target, requirement.scopes(), requirement.newToken(),
                requirement.kind() == Kind.SINGLE_USE);
    }

    private Optional<Decision> fromHandoff(Handoff handoff, TokenRequirement requirement, Optional<String> principal) {
        boolean singleUse = requirement.kind() == Kind.SINGLE_USE;
        if (handoff.singleUse() != singleUse) {
            return Optional.empty();
        }
        List<Token> handed = new ArrayList<>();
        for (long id : handoff.tokenIds()) {
            tokens.findById(id).filter(t -> acceptable(t, requirement, principal, singleUse))
                    .flatMap(tokens::validated).ifPresent(handed::add);
        }
        if (handed.isEmpty()) {
            LOG.log(Level.DEBUG, "hand-off refused: token gone, invalid, of another owner or missing scopes");
            return Optional.empty();
        }
        if (requirement.kind() == Kind.TOKENS && principal.isPresent()) {
            List<Token> all = new ArrayList<>(handed);
            tokens.validTokens(principal.get(), requirement.scopes()).stream()
                    .filter(t -> handed.stream().noneMatch(h -> h.id().equals(t.id()))).forEach(all::add);
            return Optional.of(new Decision.Proceed(all, false));
        }
        return Optional.of(new Decision.Proceed(handed.subList(0, 1), singleUse));
    }

    private static boolean acceptable(Token token, TokenRequirement requirement, Optional<String> principal,
            boolean singleUse) {
        boolean ownerOk = singleUse ? token.owner().isEmpty() : token.owner().equals(principal);
        return ownerOk && token.scopes().containsAll(requirement.scopes());
    }
}
