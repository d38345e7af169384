package dev.esi4j.simulator.internal.sso;

import dev.esi4j.simulator.SimCharacter;
import dev.esi4j.simulator.internal.SimRequest;
import dev.esi4j.simulator.internal.SimResponse;
import java.util.List;
import java.util.Map;

/**
 * {@code /v2/oauth/authorize}: checks client, exact redirect URI, scopes, state and PKCE method; then
 * either redirects at once (auto-approve, or header {@code X-Sim-Character}) or shows the
 * character-choice page, whose form posts back here with {@code character_id}.
 */
final class AuthorizeEndpoint {

    private final SsoState state;

    AuthorizeEndpoint(SsoState state) {
        this.state = state;
    }

    SimResponse handle(SimRequest req) {
        Map<String, String> p = "POST".equals(req.method()) ? Forms.parse(req.bodyText()) : Forms.parse(req.rawQuery());
        SimResponse invalid = validate(p);
        if (invalid != null) {
            return invalid;
        }
        String chosen = "POST".equals(req.method()) ? p.get("character_id") : req.header("X-Sim-Character");
        if (chosen == null && state.autoApprove().get() != null) {
            chosen = Long.toString(state.autoApprove().get());
        }
        if ("POST".equals(req.method()) && p.containsKey("deny")) {
            return SsoResponses.redirect(append(p.get("redirect_uri"), "error=access_denied&state="
                    + Forms.encode(p.get("state"))));
        }
        if (chosen == null) {
            return SimResponse.text(200, "text/html; charset=UTF-8", AuthorizePage.render(p, characters()))
                    .header("Cache-Control", "no-store");
        }
        return approve(p, chosen);
    }

    private List<SimCharacter> characters() {
        return state.characters().values().stream()
                .sorted(java.util.Comparator.comparingLong(SimCharacter::id)).toList();
    }

    private SimResponse validate(Map<String, String> p) {
        if (!"code".equals(p.get("response_type"))) {
            return SsoResponses.error(400, "unsupported_response_type", "response_type must be code");
        }
        if (!state.clients().containsKey(p.getOrDefault("client_id", ""))) {
            return SsoResponses.error(400, "invalid_client", "Unknown client_id");
        }
        String redirect = p.get("redirect_uri");
        if (redirect == null || !state.callbacks().isEmpty() && !state.callbacks().contains(redirect)) {
            return SsoResponses.error(400, "invalid_request", "redirect_uri does not match the registered callback");
        }
        if (p.get("state") == null || p.get("state").isEmpty()) {
            return SsoResponses.error(400, "invalid_request", "state is required");
        }
        for (String scope : Scopes.parse(p.get("scope"))) {
            if (!state.scopes().isEmpty() && !state.scopes().contains(scope)) {
                return SsoResponses.error(400, "invalid_scope", "Unknown scope " + scope);
            }
        }
        String method = p.get("code_challenge_method");
        if (p.containsKey("code_challenge") && method != null && !"S256".equals(method)) {
            return SsoResponses.error(400, "invalid_request", "Only S256 is supported");
        }
        return null;
    }

    private SimResponse approve(Map<String, String> p, String chosen) {
        SimCharacter c;
        try {
            c = state.characters().get(Long.parseLong(chosen));
        } catch (NumberFormatException e) {
            c = null;
        }
        if (c == null) {
            return SsoResponses.error(400, "invalid_request", "Unknown character " + chosen);
        }
        String code = state.grants().newCode(p.get("client_id"), c.id(), Scopes.parse(p.get("scope")),
                p.get("redirect_uri"), p.get("code_challenge"));
        return SsoResponses.redirect(append(p.get("redirect_uri"),
                "code=" + Forms.encode(code) + "&state=" + Forms.encode(p.get("state"))));
    }

    private static String append(String uri, String query) {
        return uri + (uri.contains("?") ? "&" : "?") + query;
    }
}
