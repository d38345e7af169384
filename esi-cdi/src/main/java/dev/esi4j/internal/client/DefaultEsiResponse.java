package dev.esi4j.internal.client;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import jakarta.json.JsonValue;

import dev.esi4j.EsiResponse;
import dev.esi4j.internal.engine.Headers;
import dev.esi4j.internal.engine.Outcome;
import dev.esi4j.internal.http.InboundResponse;
import dev.esi4j.internal.json.JsonMapper;

/** {@link EsiResponse} over an {@link Outcome}. */
final class DefaultEsiResponse implements EsiResponse {

    private final JsonValue data;
    private final Outcome outcome;
    private final int pages;
    private final JsonMapper mapper;

    DefaultEsiResponse(JsonValue data, Outcome outcome, int pages, JsonMapper mapper) {
        this.data = data;
        this.outcome = outcome;
        this.pages = pages;
        this.mapper = mapper;
    }

    private InboundResponse raw() {
        return outcome.response();
    }

    @Override
    public JsonValue data() {
        return data;
    }

    @Override
    public <T> T as(Class<T> type) {
        return mapper.map(data, type);
    }

    @Override
    public <T> List<T> asListOf(Class<T> type) {
        return mapper.mapList(data.asJsonArray(), type);
    }

    @Override
    public int status() {
        return raw().status();
    }

    @Override
    public Map<String, List<String>> headers() {
        return raw().headers();
    }

    @Override
    public Optional<String> header(String name) {
        return raw().header(name);
    }

    @Override
    public int pages() {
        return pages;
    }

    @Override
    public Optional<String> etag() {
        return raw().header("ETag");
    }

    @Override
    public Optional<Instant> expires() {
        return Headers.date(raw(), "Expires");
    }

    @Override
    public Optional<Instant> lastModified() {
        return Headers.date(raw(), "Last-Modified");
    }

    @Override
    public boolean cacheHit() {
        return outcome.exchange().cacheHit();
    }

    @Override
    public OptionalInt errorLimitRemain() {
        return number("X-ESI-Error-Limit-Remain");
    }

    @Override
    public OptionalInt errorLimitReset() {
        return number("X-ESI-Error-Limit-Reset");
    }

    @Override
    public Optional<String> rateLimitGroup() {
        Optional<String> header = raw().header("X-Ratelimit-Group");
        if (header.isPresent() || outcome.exchange().operation().rateLimit() == null) {
            return header;
        }
        return Optional.of(outcome.exchange().operation().rateLimit().group());
    }

    @Override
    public OptionalInt rateLimitRemaining() {
        return number("X-Ratelimit-Remaining");
    }

    @Override
    public Optional<String> language() {
        return Optional.ofNullable(outcome.exchange().language());
    }

    private OptionalInt number(String name) {
        return Headers.seconds(raw(), name).map(v -> OptionalInt.of(v.intValue())).orElse(OptionalInt.empty());
    }

    @Override
    public String toString() {
        return "EsiResponse[" + status() + ", pages=" + pages + ", cacheHit=" + cacheHit() + "]";
    }
}
