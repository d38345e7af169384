package dev.esi4j.simulator.internal.esi;

import dev.esi4j.simulator.internal.SimRequest;
import dev.esi4j.simulator.internal.SimResponse;
import dev.esi4j.simulator.internal.sso.BearerVerifier;
import dev.esi4j.simulator.internal.sso.BearerVerifier.Verdict;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

/** Request checks before data is served: datasource, tenant, bearer token and scopes, request body. */
final class EsiGuards {

    private final BearerVerifier verifier;
    private final List<String> tenants;

    EsiGuards(BearerVerifier verifier, List<String> tenants) {
        this.verifier = verifier;
        this.tenants = tenants;
    }

    /** @return an error answer, or {@code null} when the request may proceed */
    SimResponse check(SpecOperation op, Map<String, String> pathParams, SimRequest req) {
        String datasource = req.param("datasource");
        if (datasource != null && !tenants.contains(datasource)) {
            return EsiErrors.error(400, "Invalid datasource: " + datasource);
        }
        String tenant = req.header("X-Tenant");
        if (tenant != null && !tenant.isBlank() && !tenants.contains(tenant)) {
            return EsiErrors.error(400, "Invalid tenant: " + tenant);
        }
        for (String required : op.requiredQuery()) {
            if (req.param(required) == null || req.param(required).isEmpty()) {
                return EsiErrors.error(400, "Missing required query parameter: " + required);
            }
        }
        SimResponse auth = op.secured() ? auth(op, pathParams, req) : null;
        return auth != null ? auth : body(op, req);
    }

    private SimResponse auth(SpecOperation op, Map<String, String> pathParams, SimRequest req) {
        Verdict v = verifier.verify(req.header("Authorization"));
        if (v.expired()) {
            return EsiErrors.expired();
        }
        if (v.status() != 0) {
            return EsiErrors.error(v.status(), v.error());
        }
        List<String> missing = op.scopes().stream().filter(s -> !v.scopes().contains(s)).toList();
        if (!missing.isEmpty()) {
            return EsiErrors.error(403, "token not valid for scope(s): " + String.join(", ", missing));
        }
        String character = pathParams.get("character_id");
        if (character != null && !character.equals(Long.toString(v.characterId()))) {
            return EsiErrors.error(403, "Character mismatch: token is for " + v.characterId());
        }
        return null;
    }

    private static SimResponse body(SpecOperation op, SimRequest req) {
        if (op.requestBody() == null) {
            return null;
        }
        JsonValue body;
        try (JsonReader r = Json.createReader(new StringReader(req.bodyText()))) {
            body = r.readValue();
        } catch (JsonException | IllegalStateException e) {
            return EsiErrors.error(400, "Request body is not valid JSON");
        }
        if (body.getValueType() == JsonValue.ValueType.ARRAY) {
            int size = body.asJsonArray().size();
            int max = op.requestBody().getInt("maxItems", Integer.MAX_VALUE);
            int min = op.requestBody().getInt("minItems", 0);
            if (size > max || size < min) {
                return EsiErrors.error(400, "Request body must hold " + min + " to " + max + " items, got " + size);
            }
        } else if ("array".equals(SchemaGenerator.type(op.requestBody()))) {
            return EsiErrors.error(400, "Request body must be a JSON array");
        }
        return null;
    }
}
