package dev.esi4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SsoFlowTest {

    static final String CALLBACK = "https://app.test/sso/callback/";
    static final String SKILLS = "esi-skills.read_skills.v1";
    static final String WALLET = "esi-wallet.read_character_wallet.v1";

    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension(EsiSimulator.builder()
            .client("client-0001", "secret-0001").client("public-0001", null).callbackUrl(CALLBACK));

    static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("client-0001:secret-0001".getBytes(StandardCharsets.UTF_8));
    }

    static String authorizeUrl(String clientId, String scope, String extra) {
        return "/v2/oauth/authorize?response_type=code&client_id=" + clientId + "&redirect_uri="
                + Http.enc(CALLBACK) + "&scope=" + Http.enc(scope) + "&state=ST-1" + extra;
    }

    static Map<String, String> callbackParams(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).isEqualTo(302);
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(CALLBACK + "?");
        return Http.query(URI.create(location).getRawQuery());
    }

    static JsonObject exchange(EsiSimulator sim, String code) {
        HttpResponse<String> r = Http.post(sim, "/v2/oauth/token", "application/x-www-form-urlencoded",
                "grant_type=authorization_code&code=" + Http.enc(code), "Authorization", basic());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Http.json(r.body()).asJsonObject();
    }

    @Test
    void autoApprove_codeExchange_returnsEveShapedJwt(EsiSimulator sim) throws Exception {
        sim.sso().autoApprove(SimCharacter.PILOT_ALPHA.id());
        Map<String, String> cb = callbackParams(Http.get(sim, authorizeUrl("client-0001", SKILLS + " " + WALLET, "")));
        assertThat(cb.get("state")).isEqualTo("ST-1");
        JsonObject tokens = exchange(sim, cb.get("code"));
        assertThat(tokens.getString("token_type")).isEqualTo("Bearer");
        assertThat(tokens.getInt("expires_in")).isEqualTo(1199);
        SignedJWT jwt = SignedJWT.parse(tokens.getString("access_token"));
        JWKSet jwks = JWKSet.parse(Http.get(sim, "/oauth/jwks").body());
        RSAKey key = (RSAKey) jwks.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        var claims = jwt.getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo("CHARACTER:EVE:2147000001");
        assertThat(claims.getStringClaim("name")).isEqualTo("Pilot Alpha");
        assertThat(claims.getStringClaim("owner")).isEqualTo("OWNER-A");
        assertThat(claims.getAudience()).containsExactly("client-0001", "EVE Online");
        assertThat(claims.getStringListClaim("scp")).containsExactly(SKILLS, WALLET);
        assertThat(claims.getIssuer()).isEqualTo("https://login.eveonline.com");
    }

    @Test
    void code_isSingleUse(EsiSimulator sim) {
        sim.sso().autoApprove(SimCharacter.PILOT_ALPHA.id());
        String code = callbackParams(Http.get(sim, authorizeUrl("client-0001", SKILLS, ""))).get("code");
        exchange(sim, code);
        HttpResponse<String> again = Http.post(sim, "/v2/oauth/token", "application/x-www-form-urlencoded",
                "grant_type=authorization_code&code=" + Http.enc(code), "Authorization", basic());
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(Http.json(again.body()).asJsonObject().getString("error")).isEqualTo("invalid_grant");
    }

    @Test
    void refresh_rotatesAndOldTokenIsInvalidGrant(EsiSimulator sim) {
        String rt1 = sim.sso().refreshToken(SimCharacter.PILOT_ALPHA.id(), SKILLS);
        HttpResponse<String> r1 = Http.post(sim, "/v2/oauth/token", "application/x-www-form-urlencoded",
                "grant_type=refresh_token&refresh_token=" + Http.enc(rt1), "Authorization", basic());
        assertThat(r1.statusCode()).as("B01 first refresh").isEqualTo(200);
        String rt2 = Http.json(r1.body()).asJsonObject().getString("refresh_token");
        assertThat(rt2).isNotEqualTo(rt1);
        HttpResponse<String> old = Http.post(sim, "/v2/oauth/token", "application/x-www-form-urlencoded",
                "grant_type=refresh_token&refresh_token=" + Http.enc(rt1), "Authorization", basic());
        assertThat(old.statusCode()).as("B01 rotated token").isEqualTo(400);
        assertThat(old.body()).contains("invalid_grant");
        HttpResponse<String> r2 = Http.post(sim, "/v2/oauth/token", "application/x-www-form-urlencoded",
                "grant_type=refresh_token&refresh_token=" + Http.enc(rt2), "Authorization", basic());
        assertThat(r2.statusCode()).isEqualTo(200);
        assertThat(sim.journal().count("/v2/oauth/token")).isEqualTo(3);
    }
}
