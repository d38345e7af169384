package dev.esi4j.simulator.internal.sso;

import dev.esi4j.simulator.SimCharacter;
import dev.esi4j.simulator.internal.SimRequest;
import dev.esi4j.simulator.internal.SimResponse;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** The simulated EVE SSO: metadata, authorize, token, JWKS, revoke and verify. */
public final class SsoService {

    /** Paths served by the SSO side. */
    public static final Set<String> PATHS = Set.of("/.well-known/oauth-authorization-server", "/v2/oauth/authorize",
            "/v2/oauth/token", "/oauth/jwks", "/v2/oauth/revoke", "/v2/oauth/verify", "/oauth/verify", "/verify");

    private final SsoState state;
    private final AuthorizeEndpoint authorize;
    private final TokenEndpoint token;
    private final BearerVerifier verifier;

    /** @param state shared SSO state @param verifier token checks for /verify */
    public SsoService(SsoState state, BearerVerifier verifier) {
        this.state = state;
        this.authorize = new AuthorizeEndpoint(state);
        this.token = new TokenEndpoint(state);
        this.verifier = verifier;
    }

    /** @return whether the path belongs to the SSO side ({@code /verify} also in its legacy ESI forms) */
    public static boolean handles(String path) {
        return PATHS.contains(path) || path.matches("/(latest|dev|legacy|v[0-9]+)/verify/?");
    }

    /** @return the answer */
    public SimResponse answer(SimRequest req) {
        switch (req.path()) {
            case "/.well-known/oauth-authorization-server": return metadata();
            case "/v2/oauth/authorize": return authorize.handle(req);
            case "/v2/oauth/token": return token.handle(req);
            case "/oauth/jwks": return jwks();
            case "/v2/oauth/revoke": return revoke(req);
            default: return verify(req);
        }
    }

    private SimResponse metadata() {
        String base = state.baseUrl().get();
        JsonArrayBuilder auth = Json.createArrayBuilder().add("client_secret_basic").add("client_secret_post");
        String body = Json.createObjectBuilder()
                .add("issuer", state.minter().issuer())
                .add("authorization_endpoint", base + "/v2/oauth/authorize")
                .add("token_endpoint", base + "/v2/oauth/token")
                .add("userinfo_endpoint", base + "/v2/oauth/verify")
                .add("response_types_supported", Json.createArrayBuilder().add("code"))
                .add("jwks_uri", base + "/oauth/jwks")
                .add("revocation_endpoint", base + "/v2/oauth/revoke")
                .add("subject_types_supported", Json.createArrayBuilder().add("public"))
                .add("revocation_endpoint_auth_methods_supported", auth)
                .add("token_endpoint_auth_methods_supported", auth)
                .add("code_challenge_methods_supported", Json.createArrayBuilder().add("S256"))
                .build().toString();
        return SimResponse.json(200, body).header("Cache-Control", "public, max-age=300");
    }

    private SimResponse jwks() {
        Map<String, Object> doc = state.keys().jwks();
        String body = com.nimbusds.jose.util.JSONObjectUtils.toJSONString(doc);
        return SimResponse.json(200, body).header("Cache-Control", "public, max-age=" + state.jwksMaxAge());
    }

    private SimResponse revoke(SimRequest req) {
        Map<String, String> form = Forms.parse(req.bodyText());
        ClientAuth.Result client = new ClientAuth(state).authenticate(req, form);
        if (client.error() != null) {
            return client.error();
        }
        if (form.get("token") == null) {
            return SsoResponses.error(400, "invalid_request", "token is required");
        }
        state.grants().revoke(form.get("token"));
        return new SimResponse(200).header("Cache-Control", "no-store");
    }

    private SimResponse verify(SimRequest req) {
        BearerVerifier.Verdict v = verifier.verify(req.header("Authorization"));
        if (v.status() != 0) {
            return SsoResponses.error(401, "invalid_token", v.error());
        }
        SimCharacter c = state.characters().get(v.characterId());
        JsonObjectBuilder b = Json.createObjectBuilder().add("CharacterID", v.characterId())
                .add("CharacterName", c == null ? "" : c.name())
                .add("ExpiresOn", Instant.now().plusSeconds(state.minter().lifetimeSeconds()).toString())
                .add("Scopes", String.join(" ", v.scopes())).add("TokenType", "Character")
                .add("CharacterOwnerHash", c == null ? "" : c.ownerHash()).add("IntellectualProperty", "EVE");
        return SimResponse.json(200, b.build().toString());
    }
}
