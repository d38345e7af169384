package dev.esi4j.internal.policy;

import java.util.List;

import dev.esi4j.spec.SpecOperation;

/**
 * Which operations may be sent again after a gateway error or a lost connection: safe methods, and the read-only
 * lookup POSTs (names, ids, affiliation, asset names/locations, CSPA cost, routes). Never mail, contacts, fittings.
 */
public final class Idempotency {

    private static final List<String> LOOKUP_SUFFIXES = List.of("/names", "/ids", "/affiliation", "/locations",
            "/cspa");

    private Idempotency() {
    }

    /**
     * @param op an operation
     * @return whether it may be retried
     */
    public static boolean retryable(SpecOperation op) {
        String method = op.method();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")) {
            return true;
        }
        if (!method.equals("POST")) {
            return false;
        }
        String path = op.path();
        return path.startsWith("/route/") || LOOKUP_SUFFIXES.stream().anyMatch(path::endsWith);
    }
}
