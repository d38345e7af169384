package dev.esi4j.simulator.internal.esi;

import com.nimbusds.jwt.SignedJWT;
import dev.esi4j.simulator.internal.SimRequest;
import java.text.ParseException;

/** Identifies the caller of a request for rate-limit buckets: the token's character, else "public". */
final class Callers {

    private Callers() {
    }

    static String of(SimRequest req) {
        String auth = req.header("Authorization");
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return "public";
        }
        try {
            String sub = SignedJWT.parse(auth.substring(7).trim()).getJWTClaimsSet().getSubject();
            return sub == null ? "public" : sub;
        } catch (ParseException | RuntimeException e) {
            return "public";
        }
    }
}
