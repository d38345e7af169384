package dev.esi4j;

import java.util.List;
import java.util.Map;

import dev.esi4j.spec.EsiSpec;
import dev.esi4j.spec.SpecOperation;
import dev.esi4j.spec.SpecTag;

/**
 * The ESI client: calls any operation of the loaded spec, with validation, paging, caching, limits and retries.
 * Thread-safe; create one per configuration and share it.
 *
 * <p>In CDI: {@code @Inject EsiClient esi;} (application scoped, built from {@code EsiConfig}, closed on shutdown).
 * In Java SE: {@code EsiClient esi = EsiClient.builder().config(config).build();} and {@link #close()} it.
 * <pre>
 * JsonValue status = esi.operation("GetStatus").result();
 * JsonValue rifter = esi.operation("GetUniverseTypesTypeId", Map.of("type_id", 587)).result();
 * JsonArray orders = esi.operation("get_markets_region_id_orders", Map.of("region_id", 10000002)).results();
 * JsonValue wallet = esi.tag("Wallet").operation("GetCharactersCharacterIdWallet").token(token).call();
 * </pre>
 *
 * @since 0.1
 */
public interface EsiClient extends AutoCloseable {

    /** @return a builder for a client without CDI (or an extra client in CDI) */
    static EsiClientBuilder builder() {
        return new EsiClientBuilder();
    }

    /**
     * @param idOrAlias an operation id ({@code GetStatus}) or django-esi alias ({@code get_status})
     * @return a request to configure and send
     * @throws EsiSpecException when the spec has no such operation
     */
    EsiRequest operation(String idOrAlias);

    /**
     * @param idOrAlias an operation id or alias
     * @param params    parameters by spec name (path, query, header)
     * @return a request to configure and send
     * @throws EsiSpecException when the spec has no such operation
     */
    EsiRequest operation(String idOrAlias, Map<String, ?> params);

    /**
     * @param name a tag such as {@code Universe} (case-insensitive)
     * @return the tag's operations
     * @throws EsiSpecException when the spec has no such tag
     */
    EsiTag tag(String name);

    /** @return every tag of the loaded spec */
    List<SpecTag> tags();

    /** @return every operation of the loaded spec */
    List<SpecOperation> operations();

    /**
     * @param idOrAlias an operation id or alias
     * @return a human description: parameters, types, scopes, pagination, rate-limit group, cache age
     */
    String describe(String idOrAlias);

    /** @return the loaded spec (catalog) */
    EsiSpec spec();

    /** Releases the connection pool and threads. Calls afterwards fail. */
    @Override
    void close();
}
