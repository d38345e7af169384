package dev.esi4j.internal.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.esi4j.spec.SpecOperation;

/**
 * Everything a caller set on one request, before validation.
 *
 * @param operation   the operation
 * @param params      parameters by spec name
 * @param body        request body or {@code null}
 * @param credentials token or {@code null}
 * @param language    requested language or {@code null} for the default
 * @param options     per-call options
 * @param headers     caller headers
 */
public record CallSpec(SpecOperation operation, Map<String, Object> params, Object body, Credentials credentials,
        String language, CallOptions options, Map<String, String> headers) {

    /** Copies the maps. */
    public CallSpec {
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        headers = Map.copyOf(headers);
    }

    /**
     * @param name  parameter name
     * @param value value
     * @return a copy with that parameter set
     */
    public CallSpec with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(params);
        copy.put(name, value);
        return new CallSpec(operation, copy, body, credentials, language, options, headers);
    }

    /**
     * @param newLanguage language
     * @return a copy with that language
     */
    public CallSpec withLanguage(String newLanguage) {
        return new CallSpec(operation, params, body, credentials, newLanguage, options, headers);
    }

    /**
     * @param newBody body
     * @return a copy with that body
     */
    public CallSpec withBody(Object newBody) {
        return new CallSpec(operation, params, newBody, credentials, language, options, headers);
    }
}
