package dev.esi4j.internal.engine;

import java.nio.charset.StandardCharsets;

import dev.esi4j.EsiParameterException;
import dev.esi4j.internal.json.JsonMapper;
import dev.esi4j.spec.SpecOperation;

/** Request-body checks and encoding (bare JSON arrays for the bulk routes, B52). */
final class Bodies {

    private Bodies() {
    }

    static byte[] encode(SpecOperation op, Object body, JsonMapper mapper) {
        if (op.body() == null) {
            if (body != null) {
                throw new EsiParameterException(op.id(), "body", "is not accepted by this operation");
            }
            return null;
        }
        if (body == null) {
            if (op.bodyRequired()) {
                throw new EsiParameterException(op.id(), "body", "is required (" + op.body().describe() + ")");
            }
            return null;
        }
        if ("array".equals(op.body().type()) && !(body instanceof jakarta.json.JsonValue)) {
            int size = ParamValues.asList(body).size();
            Integer max = op.body().maxItems();
            if (max != null && size > max) {
                throw new EsiParameterException(op.id(), "body", "has " + size + " items, at most " + max
                        + " allowed (use EsiRequest.bulk() to split it)");
            }
            if (size == 0) {
                throw new EsiParameterException(op.id(), "body", "is an empty list");
            }
            return mapper.toJson(ParamValues.asList(body)).getBytes(StandardCharsets.UTF_8);
        }
        return mapper.toJson(body).getBytes(StandardCharsets.UTF_8);
    }
}
