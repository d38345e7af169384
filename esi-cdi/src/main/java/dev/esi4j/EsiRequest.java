package dev.esi4j;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;

import dev.esi4j.spec.SpecOperation;
import dev.esi4j.token.Token;

/**
 * One call of an operation, configured fluently and sent by a terminal method. Every configuring method returns
 * a new request (requests are immutable and may be reused and shared).
 *
 * <pre>
 * JsonValue type = esi.operation("GetUniverseTypesTypeId").param("type_id", 587).language("de").result();
 * List&lt;Order&gt; orders = esi.operation("GetMarketsRegionIdOrders", Map.of("region_id", 10000002))
 *         .asListOf(Order.class);
 * EsiResponse r = esi.operation("GetStatus").withResponse().result();
 * </pre>
 * Parameters are validated against the spec before anything is sent ({@link EsiParameterException});
 * scopes are checked against the token ({@link MissingScopesException}).
 *
 * @since 0.1
 */
public interface EsiRequest {

    /** @return the operation this request calls */
    SpecOperation operation();

    /**
     * @param name  parameter name as in the spec
     * @param value value (numbers, strings, booleans, enums, collections for arrays)
     * @return a request with the parameter set
     */
    EsiRequest param(String name, Object value);

    /**
     * @param params parameters by name
     * @return a request with the parameters set
     */
    EsiRequest params(Map<String, ?> params);

    /**
     * @param body JSON-P value, collection (sent as a bare JSON array) or object mapped with JSON-B
     * @return a request with the body
     */
    EsiRequest body(Object body);

    /**
     * @param token the character's token; refreshed when needed, scopes checked before sending
     * @return a request that authenticates with it ({@code character_id} defaults to the token's character)
     */
    EsiRequest token(Token token);

    /**
     * @param accessToken a bearer access token (its JWT {@code scp} is used for the scope check when readable)
     * @return a request that authenticates with it
     */
    EsiRequest accessToken(String accessToken);

    /**
     * @param language language code such as {@code de} (validated against the spec and configuration)
     * @return a request in that language
     */
    EsiRequest language(String language);

    /**
     * @param page page for {@link #result()}
     * @return a request for that page
     */
    EsiRequest page(int page);

    /** @return a request that does not read the response cache (it still stores the fresh response) */
    EsiRequest ignoreCache();

    /**
     * @param timeout read timeout of this call (per attempt)
     * @return a request with that timeout
     */
    EsiRequest timeout(Duration timeout);

    /**
     * @param retries retry budget of this call for 502/503/504 and connection errors
     * @return a request with that budget
     */
    EsiRequest retries(int retries);

    /**
     * @param name  header name
     * @param value value (cannot replace User-Agent, X-Tenant, X-Compatibility-Date or Authorization)
     * @return a request with the header
     */
    EsiRequest header(String name, String value);

    /**
     * @param listener progress callback for {@link #results()}
     * @return a request reporting progress
     */
    EsiRequest onProgress(PageProgressListener listener);

    /** @return the data of one response (the first page, or {@link #page(int)}) */
    JsonValue result();

    /** @return same as {@link #result()} */
    JsonValue call();

    /**
     * @return all items: every X-Pages page (one snapshot), cursor or from_id page merged; for unpaged
     *         operations the array itself (or a one-element array holding an object result)
     */
    JsonArray results();

    /**
     * @param type target type
     * @param <T>  the type
     * @return {@link #result()} mapped with JSON-B
     */
    <T> T as(Class<T> type);

    /**
     * @param type element type
     * @param <T>  the type
     * @return {@link #results()} mapped element by element
     */
    <T> List<T> asListOf(Class<T> type);

    /** @return {@link #results()} for each configured language, keyed by language */
    Map<String, JsonArray> resultsLocalized();

    /**
     * @param languages languages to fetch (validated before any request)
     * @return {@link #results()} per language
     */
    Map<String, JsonArray> resultsLocalized(String... languages);

    /**
     * Sends the body's items in chunks of the operation's {@code maxItems} (e.g. 500 names for
     * {@code PostUniverseIds}, 1000 ids for {@code PostUniverseNames}) and merges the answers; a chunk rejected
     * with 400/404 is bisected so valid items still resolve (B52).
     *
     * @param items items of the array body
     * @return the merged result (arrays concatenated; objects merged key by key) and the rejected items
     */
    EsiBulkResult bulk(Collection<?> items);

    /** @return {@link #result()} on the client's executor */
    CompletionStage<JsonValue> resultAsync();

    /** @return {@link #results()} on the client's executor */
    CompletionStage<JsonArray> resultsAsync();

    /** @return the same calls returning data plus metadata */
    WithResponse withResponse();

    /** Terminal methods returning {@link EsiResponse}. */
    interface WithResponse {
        /** @return {@link EsiRequest#result()} with metadata */
        EsiResponse result();

        /** @return {@link EsiRequest#results()} with the last page's metadata */
        EsiResponse results();

        /** @return {@link #result()} asynchronously */
        CompletionStage<EsiResponse> resultAsync();

        /** @return {@link #results()} asynchronously */
        CompletionStage<EsiResponse> resultsAsync();
    }
}
