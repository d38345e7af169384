package dev.esi4j.simulator.internal.sso;

import dev.esi4j.simulator.SimCharacter;
import dev.esi4j.simulator.internal.SimRequest;
import dev.esi4j.simulator.internal.SimResponse;
import dev.esi4j.simulator.internal.sso.GrantStore.Code;
import dev.esi4j.simulator.internal.sso.GrantStore.Grant;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code /v2/oauth/token}: authorization_code (Basic or form client auth, or PKCE S256 for public
 * clients; single-use codes) and refresh_token (rotated on every use).
 */
final class TokenEndpoint {

    private final SsoState state;
    private final ClientAuth clientAuth;

    TokenEndpoint(SsoState state) {
        this.state = state;
        this.clientAuth = new ClientAuth(state);
    }

    SimResponse handle(SimRequest req) {
        if (!"POST".equals(req.method())) {
            return SsoResponses.error(405, "invalid_request", "POST required");
        }
        Map<String, String> form = Forms.parse(req.bodyText());
        ClientAuth.Result client = clientAuth.authenticate(req, form);
        if (client.error() != null) {
            return client.error();
        }
        String grant = form.getOrDefault("grant_type", "");
        switch (grant) {
            case "authorization_code": return code(form, client);
            case "refresh_token": return refresh(form, client);
            default: return SsoResponses.error(400, "unsupported_grant_type", "Unsupported grant_type " + grant);
        }
    }

    private SimResponse code(Map<String, String> form, ClientAuth.Result client) {
        Code code = state.grants().redeem(form.get("code"));
        if (code == null || !code.clientId().equals(client.clientId())) {
            return SsoResponses.error(400, "invalid_grant", "Authorization code is invalid, used or expired");
        }
        String redirect = form.get("redirect_uri");
        if (redirect != null && !redirect.equals(code.redirectUri())) {
            return SsoResponses.error(400, "invalid_grant", "redirect_uri does not match");
        }
        if (code.codeChallenge() != null && !s256(form.get("code_verifier")).equals(code.codeChallenge())) {
            return SsoResponses.error(400, "invalid_grant", "PKCE verification failed");
        }
        if (code.codeChallenge() == null && !client.confidential()) {
            return SsoResponses.error(401, "invalid_client", "Client authentication required");
        }
        return issue(new Grant(client.clientId(), code.characterId(), code.scopes()), 1);
    }

    private SimResponse refresh(Map<String, String> form, ClientAuth.Result client) {
        if (!client.confidential() && !state.clients().getOrDefault(client.clientId(), "").isEmpty()) {
            return SsoResponses.error(401, "invalid_client", "Client authentication required");
        }
        Grant grant = state.grants().rotate(form.get("refresh_token"));
        if (grant == null || !grant.clientId().equals(client.clientId())) {
            return SsoResponses.error(400, "invalid_grant", "Refresh token is invalid, revoked or already used");
        }
        List<String> scopes = grant.scopes();
        if (form.get("scope") != null && !form.get("scope").isBlank()) {
            List<String> asked = Scopes.parse(form.get("scope"));
            if (!scopes.containsAll(asked)) {
                return SsoResponses.error(400, "invalid_scope", "Scope exceeds the original grant");
            }
            scopes = asked;
        }
        return issue(new Grant(grant.clientId(), grant.characterId(), scopes), 0);
    }

    private SimResponse issue(Grant grant, int lifetimeCut) {
        SimCharacter c = state.characters().get(grant.characterId());
        if (c == null) {
            return SsoResponses.error(400, "invalid_grant", "Character no longer exists");
        }
        String access = state.minter().mint(c, grant.scopes(), grant.clientId());
        String refresh = state.grants().newRefreshToken(grant);
        String body = Json.createObjectBuilder().add("access_token", access)
                .add("expires_in", state.minter().lifetimeSeconds() - lifetimeCut)
                .add("token_type", "Bearer").add("refresh_token", refresh).build().toString();
        return SimResponse.json(200, body).header("Cache-Control", "no-store");
    }

    static String s256(String verifier) {
        if (verifier == null) {
            return "";
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
