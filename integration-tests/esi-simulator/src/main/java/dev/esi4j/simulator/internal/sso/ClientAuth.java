package dev.esi4j.simulator.internal.sso;

import dev.esi4j.simulator.internal.SimRequest;
import dev.esi4j.simulator.internal.SimResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Client authentication at the token and revoke endpoints: HTTP Basic, form secret, or public client id. */
final class ClientAuth {

    /**
     * Outcome.
     *
     * @param clientId     authenticated client
     * @param confidential whether a secret was checked
     * @param error        error answer, or {@code null}
     */
    record Result(String clientId, boolean confidential, SimResponse error) {
    }

    private final SsoState state;

    ClientAuth(SsoState state) {
        this.state = state;
    }

    Result authenticate(SimRequest req, Map<String, String> form) {
        String id = form.get("client_id");
        String secret = form.get("client_secret");
        String basic = req.header("Authorization");
        if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return fail();
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return fail();
            }
            id = decoded.substring(0, colon);
            secret = decoded.substring(colon + 1);
        }
        if (id == null || !state.clients().containsKey(id)) {
            return fail();
        }
        String expected = state.clients().get(id);
        if (secret != null) {
            return secret.equals(expected) ? new Result(id, true, null) : fail();
        }
        return new Result(id, false, null);
    }

    private static Result fail() {
        return new Result(null, false, SsoResponses.error(401, "invalid_client", "Client authentication failed")
                .header("WWW-Authenticate", "Basic realm=\"eve-sso\""));
    }
}
