package dev.esi4j.internal.client;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;

import dev.esi4j.EsiBulkResult;
import dev.esi4j.EsiRequest;
import dev.esi4j.EsiResponse;
import dev.esi4j.PageProgressListener;
import dev.esi4j.internal.engine.CallOptions;
import dev.esi4j.internal.engine.CallSpec;
import dev.esi4j.internal.engine.Credentials;
import dev.esi4j.internal.engine.Outcome;
import dev.esi4j.internal.paging.Paged;
import dev.esi4j.internal.paging.ProgressListener;
import dev.esi4j.spec.SpecOperation;
import dev.esi4j.token.Token;

/** Immutable {@link EsiRequest}: every setter returns a copy. */
final class DefaultEsiRequest implements EsiRequest {

    private final ClientRuntime rt;
    private final CallSpec call;
    private final Integer page;
    private final PageProgressListener listener;

    DefaultEsiRequest(ClientRuntime rt, CallSpec call, Integer page, PageProgressListener listener) {
        this.rt = rt;
        this.call = call;
        this.page = page;
        this.listener = listener;
    }

    private DefaultEsiRequest with(CallSpec newCall) {
        return new DefaultEsiRequest(rt, newCall, page, listener);
    }

    private CallSpec copy(Map<String, Object> params, Object body, Credentials credentials, CallOptions options,
            Map<String, String> headers) {
        return new CallSpec(call.operation(), params, body, credentials, call.language(), options, headers);
    }

    @Override
    public SpecOperation operation() {
        return call.operation();
    }

    @Override
    public EsiRequest param(String name, Object value) {
        return with(call.with(name, value));
    }

    @Override
    public EsiRequest params(Map<String, ?> params) {
        Map<String, Object> all = new LinkedHashMap<>(call.params());
        all.putAll(params);
        return with(copy(all, call.body(), call.credentials(), call.options(), call.headers()));
    }

    @Override
    public EsiRequest body(Object body) {
        return with(call.withBody(body));
    }

    @Override
    public EsiRequest token(Token token) {
        return with(copy(call.params(), call.body(), Credentials.of(token), call.options(), call.headers()));
    }

    @Override
    public EsiRequest accessToken(String accessToken) {
        return with(copy(call.params(), call.body(), Credentials.of(accessToken), call.options(), call.headers()));
    }

    @Override
    public EsiRequest language(String language) {
        rt.languages().validate(call.operation(), language);
        return with(call.withLanguage(language));
    }

    @Override
    public EsiRequest page(int newPage) {
        return new DefaultEsiRequest(rt, call, newPage, listener);
    }

    @Override
    public EsiRequest ignoreCache() {
        CallOptions o = call.options();
        return with(copy(call.params(), call.body(), call.credentials(),
                new CallOptions(o.timeout(), o.retries(), true), call.headers()));
    }

    @Override
    public EsiRequest timeout(Duration timeout) {
        CallOptions o = call.options();
        return with(copy(call.params(), call.body(), call.credentials(),
                new CallOptions(timeout, o.retries(), o.ignoreCache()), call.headers()));
    }

    @Override
    public EsiRequest retries(int retries) {
        CallOptions o = call.options();
        return with(copy(call.params(), call.body(), call.credentials(),
                new CallOptions(o.timeout(), retries, o.ignoreCache()), call.headers()));
    }

    @Override
    public EsiRequest header(String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(call.headers());
        headers.put(name, value);
        return with(copy(call.params(), call.body(), call.credentials(), call.options(), headers));
    }

    @Override
    public EsiRequest onProgress(PageProgressListener progress) {
        return new DefaultEsiRequest(rt, call, page, progress);
    }

    Outcome single() {
        return rt.engine().call(page == null ? call : call.with("page", page));
    }

    Paged all() {
        ProgressListener progress = listener == null ? ProgressListener.NONE : listener::progress;
        return switch (call.operation().pagination()) {
            case PAGES -> rt.pages().fetch(call, progress);
            case CURSOR, FROM_ID -> rt.cursors().walk(call, progress);
            default -> unpaged(single());
        };
    }

    private static Paged unpaged(Outcome outcome) {
        JsonValue data = outcome.data();
        JsonArray items = data.getValueType() == JsonValue.ValueType.ARRAY ? data.asJsonArray()
                : data == JsonValue.NULL ? JsonValue.EMPTY_JSON_ARRAY : Json.createArrayBuilder().add(data).build();
        return new Paged(items, outcome, 1, 1);
    }

    @Override
    public JsonValue result() {
        return single().data();
    }

    @Override
    public JsonValue call() {
        return result();
    }

    @Override
    public JsonArray results() {
        return all().items();
    }

    @Override
    public <T> T as(Class<T> type) {
        return rt.mapper().map(result(), type);
    }

    @Override
    public <T> List<T> asListOf(Class<T> type) {
        return rt.mapper().mapList(results(), type);
    }

    @Override
    public Map<String, JsonArray> resultsLocalized() {
        return resultsLocalized(rt.languages().supported().toArray(String[]::new));
    }

    @Override
    public Map<String, JsonArray> resultsLocalized(String... languages) {
        for (String language : languages) {
            rt.languages().validate(call.operation(), language);
        }
        Map<String, JsonArray> out = new LinkedHashMap<>();
        for (String language : languages) {
            out.put(language, with(call.withLanguage(language)).results());
        }
        return out;
    }

    @Override
    public EsiBulkResult bulk(Collection<?> items) {
        return new BulkCaller(rt.engine()).call(call, items);
    }

    @Override
    public CompletionStage<JsonValue> resultAsync() {
        return CompletableFuture.supplyAsync(this::result, rt.executor());
    }

    @Override
    public CompletionStage<JsonArray> resultsAsync() {
        return CompletableFuture.supplyAsync(this::results, rt.executor());
    }

    @Override
    public WithResponse withResponse() {
        return new WithResponse() {
            @Override
            public EsiResponse result() {
                Outcome o = single();
                return new DefaultEsiResponse(o.data(), o, 1, rt.mapper());
            }

            @Override
            public EsiResponse results() {
                Paged p = all();
                return new DefaultEsiResponse(p.items(), p.last(), p.pages(), rt.mapper());
            }

            @Override
            public CompletionStage<EsiResponse> resultAsync() {
                return CompletableFuture.supplyAsync(this::result, rt.executor());
            }

            @Override
            public CompletionStage<EsiResponse> resultsAsync() {
                return CompletableFuture.supplyAsync(this::results, rt.executor());
            }
        };
    }

    @Override
    public String toString() {
        return "EsiRequest[" + call.operation().id() + " " + call.params() + "]";
    }
}
