package dev.esi4j.simulator.internal.esi;

import dev.esi4j.simulator.internal.SimResponse;
import jakarta.json.Json;

/** ESI-shaped error answers: {@code {"error": message, "status": code}} (the spec's Error schema). */
public final class EsiErrors {

    private EsiErrors() {
    }

    /** @return an error response */
    public static SimResponse error(int status, String message) {
        return SimResponse.json(status, Json.createObjectBuilder().add("error", message).add("status", status)
                .build().toString());
    }

    /** @return the expired-token answer ESI gives, with {@code sso_status} */
    public static SimResponse expired() {
        return SimResponse.json(403, Json.createObjectBuilder().add("error", "token is expired")
                .add("sso_status", 400).add("status", 403).build().toString());
    }
}
