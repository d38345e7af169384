package dev.esi4j.spec;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.esi4j.internal.spec.OperationText;

/**
 * One ESI operation as the loaded spec describes it.
 *
 * @param id                the spec's {@code operationId}, e.g. {@code GetUniverseTypesTypeId}
 * @param method            HTTP method in upper case
 * @param path              path template, e.g. {@code /universe/types/{type_id}}
 * @param tags              tags of the operation
 * @param summary           one-line summary, possibly empty
 * @param parameters        path, query and header parameters (without the ones esi4j sends itself)
 * @param body              request body schema; {@code null} when the operation takes none
 * @param bodyRequired      whether a body must be supplied
 * @param scopes            SSO scopes a token needs; empty for public operations
 * @param pagination        how results are split
 * @param rateLimit         rate-limit group; {@code null} when the spec names none
 * @param cacheAge          {@code x-cache-age} in seconds; {@code null} when absent
 * @param compatibilityDate {@code x-compatibility-date} (when the operation last changed); {@code null} when absent
 * @since 0.1
 */
public record SpecOperation(String id, String method, String path, List<String> tags, String summary,
        List<SpecParameter> parameters, SpecType body, boolean bodyRequired, Set<String> scopes,
        Pagination pagination, RateLimit rateLimit, Integer cacheAge, String compatibilityDate) {

    /** Copies the collections. */
    public SpecOperation {
        tags = List.copyOf(tags);
        parameters = List.copyOf(parameters);
        scopes = Set.copyOf(scopes);
    }

    /** @return django-esi's snake_case alias, e.g. {@code get_universe_types_type_id} */
    public String snakeCaseId() {
        return OperationText.snakeCase(id);
    }

    /**
     * @param name parameter name as in the spec (header names case-insensitive)
     * @return the parameter, empty when the operation has none of that name
     */
    public Optional<SpecParameter> parameter(String name) {
        return parameters.stream()
                .filter(p -> p.location() == ParameterLocation.HEADER ? p.name().equalsIgnoreCase(name)
                        : p.name().equals(name))
                .findFirst();
    }

    /** @return whether a token is needed (the operation declares scopes) */
    public boolean requiresToken() {
        return !scopes.isEmpty();
    }

    /** @return a multi-line human description: method, path, parameters with types, scopes, paging, limits */
    public String describe() {
        return OperationText.describe(this);
    }
}
