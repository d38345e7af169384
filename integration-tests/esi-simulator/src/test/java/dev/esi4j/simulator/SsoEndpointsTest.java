package dev.esi4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SsoEndpointsTest {

    static final String CALLBACK = SsoFlowTest.CALLBACK;
    static final String SKILLS = SsoFlowTest.SKILLS;
    static final String FORM = "application/x-www-form-urlencoded";

    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension(EsiSimulator.builder()
            .client("client-0001", "secret-0001").client("public-0001", null).callbackUrl(CALLBACK));

    private static String s256(String verifier) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(d);
    }

    @Test
    void metadata_pointsAtTheSimulator(EsiSimulator sim) {
        JsonObject m = Http.json(Http.get(sim, "/.well-known/oauth-authorization-server").body()).asJsonObject();
        assertThat(m.getString("issuer")).isEqualTo("https://login.eveonline.com");
        assertThat(m.getString("authorization_endpoint")).isEqualTo(sim.baseUrl() + "/v2/oauth/authorize");
        assertThat(m.getString("token_endpoint")).isEqualTo(sim.baseUrl() + "/v2/oauth/token");
        assertThat(m.getString("jwks_uri")).isEqualTo(sim.baseUrl() + "/oauth/jwks");
        assertThat(m.getString("revocation_endpoint")).isEqualTo(sim.baseUrl() + "/v2/oauth/revoke");
        assertThat(m.getJsonArray("code_challenge_methods_supported").getString(0)).isEqualTo("S256");
    }

    @Test
    void pkcePublicClient_exchangesWithVerifierOnly(EsiSimulator sim) throws Exception {
        sim.sso().autoApprove(SimCharacter.PILOT_BRAVO.id());
        String verifier = "v".repeat(43);
        String url = SsoFlowTest.authorizeUrl("public-0001", SKILLS,
                "&code_challenge=" + s256(verifier) + "&code_challenge_method=S256");
        String code = SsoFlowTest.callbackParams(Http.get(sim, url)).get("code");
        HttpResponse<String> bad = Http.post(sim, "/v2/oauth/token", FORM, "grant_type=authorization_code&client_id="
                + "public-0001&code=" + Http.enc(code) + "&code_verifier=wrong");
        assertThat(bad.statusCode()).isEqualTo(400);
        code = SsoFlowTest.callbackParams(Http.get(sim, url)).get("code");
        HttpResponse<String> ok = Http.post(sim, "/v2/oauth/token", FORM, "grant_type=authorization_code&client_id="
                + "public-0001&code=" + Http.enc(code) + "&code_verifier=" + verifier);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        String sub = SignedJWT.parse(Http.json(ok.body()).asJsonObject().getString("access_token"))
                .getJWTClaimsSet().getSubject();
        assertThat(sub).isEqualTo("CHARACTER:EVE:2147000002");
    }

    @Test
    void redirectUriMismatch_is400InvalidRequest_b20(EsiSimulator sim) {
        sim.sso().autoApprove(SimCharacter.PILOT_ALPHA.id());
        HttpResponse<String> r = Http.get(sim, "/v2/oauth/authorize?response_type=code&client_id=client-0001"
                + "&redirect_uri=" + Http.enc("http://app.test/sso/callback/") + "&scope=" + SKILLS + "&state=s");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("invalid_request");
    }

    @Test
    void unknownClientScopeOrMissingState_is400(EsiSimulator sim) {
        assertThat(Http.get(sim, SsoFlowTest.authorizeUrl("nobody", SKILLS, "")).body()).contains("invalid_client");
        assertThat(Http.get(sim, SsoFlowTest.authorizeUrl("client-0001", "esi-made-up.v1", "")).body())
                .contains("invalid_scope");
        assertThat(Http.get(sim, SsoFlowTest.authorizeUrl("client-0001", SKILLS, "").replace("&state=ST-1", ""))
                .statusCode()).isEqualTo(400);
    }

    @Test
    void wrongSecret_is401InvalidClient(EsiSimulator sim) {
        String basic = "Basic " + Base64.getEncoder().encodeToString("client-0001:nope".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = Http.post(sim, "/v2/oauth/token", FORM, "grant_type=refresh_token&refresh_token=x",
                "Authorization", basic);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("invalid_client");
    }

    @Test
    void characterPage_listsCharactersAndItsFormApproves(EsiSimulator sim) {
        HttpResponse<String> page = Http.get(sim, SsoFlowTest.authorizeUrl("client-0001", SKILLS, ""));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Pilot Alpha").contains("Pilot Bravo").contains("name=\"state\" value=\"ST-1\"");
        String form = "response_type=code&client_id=client-0001&redirect_uri=" + Http.enc(CALLBACK) + "&scope="
                + SKILLS + "&state=ST-1&character_id=2147000002";
        Map<String, String> cb = SsoFlowTest.callbackParams(Http.post(sim, "/v2/oauth/authorize", FORM, form));
        assertThat(cb).containsKeys("code").containsEntry("state", "ST-1");
        HttpResponse<String> denied = Http.post(sim, "/v2/oauth/authorize", FORM, form + "&deny=1");
        assertThat(denied.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).contains("error=access_denied"));
    }

    @Test
    void headerChoosesCharacterWithoutPage(EsiSimulator sim) {
        HttpResponse<String> r = Http.get(sim, SsoFlowTest.authorizeUrl("client-0001", SKILLS, ""),
                "X-Sim-Character", "2147000002");
        assertThat(r.statusCode()).isEqualTo(302);
    }

    @Test
    void singleScope_isStringClaim_b15(EsiSimulator sim) throws Exception {
        Object scp = SignedJWT.parse(sim.sso().accessToken(SimCharacter.PILOT_ALPHA.id(), SKILLS))
                .getJWTClaimsSet().getClaim("scp");
        assertThat(scp).isEqualTo(SKILLS);
    }

    @Test
    void jwks_rotationPublishesNewKeysUntilRetired_b13(EsiSimulator sim) throws Exception {
        HttpResponse<String> r = Http.get(sim, "/oauth/jwks");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        JWKSet before = JWKSet.parse(r.body());
        assertThat(before.getKeys()).extracting(k -> k.getAlgorithm().getName()).containsExactly("RS256", "ES256");
        assertThat(before.getKeys().get(0).getKeyID()).isEqualTo("JWT-Signature-Key");
        String oldToken = sim.sso().accessToken(SimCharacter.PILOT_ALPHA.id(), SKILLS);
        sim.sso().rotateKeys();
        JWKSet after = JWKSet.parse(Http.get(sim, "/oauth/jwks").body());
        assertThat(after.getKeys()).hasSize(4);
        String newToken = sim.sso().accessToken(SimCharacter.PILOT_ALPHA.id(), SKILLS);
        assertThat(SignedJWT.parse(newToken).getHeader().getKeyID()).isEqualTo(sim.sso().currentKeyId())
                .isNotEqualTo("JWT-Signature-Key");
        String skills = "/characters/2147000001/skills";
        assertThat(Http.get(sim, skills, "Authorization", "Bearer " + oldToken).statusCode()).isEqualTo(200);
        sim.sso().retireOldKeys();
        assertThat(JWKSet.parse(Http.get(sim, "/oauth/jwks").body()).getKeys()).hasSize(2);
        assertThat(Http.get(sim, skills, "Authorization", "Bearer " + oldToken).statusCode()).isEqualTo(401);
        assertThat(Http.get(sim, skills, "Authorization", "Bearer " + newToken).statusCode()).isEqualTo(200);
    }

    @Test
    void ownerChange_showsInRefreshedToken_b16(EsiSimulator sim) throws Exception {
        String rt = sim.sso().refreshToken(SimCharacter.PILOT_ALPHA.id(), SKILLS);
        sim.sso().changeOwner(SimCharacter.PILOT_ALPHA.id(), "OWNER-B");
        try {
            HttpResponse<String> r = Http.post(sim, "/v2/oauth/token", FORM, "grant_type=refresh_token&refresh_token="
                    + Http.enc(rt), "Authorization", SsoFlowTest.basic());
            String at = Http.json(r.body()).asJsonObject().getString("access_token");
            assertThat(SignedJWT.parse(at).getJWTClaimsSet().getStringClaim("owner")).isEqualTo("OWNER-B");
        } finally {
            sim.sso().changeOwner(SimCharacter.PILOT_ALPHA.id(), "OWNER-A");
        }
    }

    @Test
    void revokedGrants_refreshIsInvalidGrant_b02(EsiSimulator sim) {
        String rt1 = sim.sso().refreshToken(SimCharacter.PILOT_ALPHA.id(), SKILLS);
        String rt2 = sim.sso().refreshToken(SimCharacter.PILOT_ALPHA.id(), SKILLS);
        sim.sso().revokeGrants(SimCharacter.PILOT_ALPHA.id());
        assertThat(Http.post(sim, "/v2/oauth/token", FORM, "grant_type=refresh_token&refresh_token=" + Http.enc(rt1),
                "Authorization", SsoFlowTest.basic()).body()).contains("invalid_grant");
        HttpResponse<String> revoke = Http.post(sim, "/v2/oauth/revoke", FORM,
                "token_type_hint=refresh_token&token=" + Http.enc(rt2), "Authorization", SsoFlowTest.basic());
        assertThat(revoke.statusCode()).isEqualTo(200);
        String rt3 = sim.sso().refreshToken(SimCharacter.PILOT_ALPHA.id(), SKILLS);
        Http.post(sim, "/v2/oauth/revoke", FORM, "token=" + Http.enc(rt3), "Authorization", SsoFlowTest.basic());
        assertThat(Http.post(sim, "/v2/oauth/token", FORM, "grant_type=refresh_token&refresh_token=" + Http.enc(rt3),
                "Authorization", SsoFlowTest.basic()).statusCode()).isEqualTo(400);
    }

    @Test
    void verify_describesTheToken(EsiSimulator sim) {
        String at = sim.sso().accessToken(SimCharacter.PILOT_ALPHA.id(), SKILLS);
        JsonObject v = Http.json(Http.get(sim, "/oauth/verify", "Authorization", "Bearer " + at).body())
                .asJsonObject();
        assertThat(v.getJsonNumber("CharacterID").longValue()).isEqualTo(2147000001L);
        assertThat(v.getString("CharacterOwnerHash")).isEqualTo("OWNER-A");
        assertThat(Http.get(sim, "/verify/?datasource=tranquility", "Authorization", "Bearer " + at).statusCode())
                .as("legacy ESI /verify/").isEqualTo(200);
        assertThat(Http.get(sim, "/latest/verify/", "Authorization", "Bearer x").statusCode()).isEqualTo(401);
    }
}
