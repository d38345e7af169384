package dev.esi4j.simulator.internal.sso;

import dev.esi4j.simulator.internal.SimResponse;
import jakarta.json.Json;

/** OAuth 2 error answers. */
final class SsoResponses {

    private SsoResponses() {
    }

    static SimResponse error(int status, String error, String description) {
        return SimResponse.json(status, Json.createObjectBuilder().add("error", error)
                .add("error_description", description).build().toString())
                .header("Cache-Control", "no-store");
    }

    static SimResponse redirect(String location) {
        return new SimResponse(302).header("Location", location).header("Cache-Control", "no-store");
    }
}
