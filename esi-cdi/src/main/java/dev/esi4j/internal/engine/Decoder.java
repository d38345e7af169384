package dev.esi4j.internal.engine;

import java.time.Duration;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;

import dev.esi4j.ErrorLimitedException;
import dev.esi4j.EsiHttpException;
import dev.esi4j.InvalidResponseException;
import dev.esi4j.RateLimitedException;
import dev.esi4j.internal.http.InboundResponse;
import dev.esi4j.internal.json.JsonMapper;

/** Maps a final response to data or to the exception its status means (B42: the status decides, not the body). */
final class Decoder {

    static final int EXCERPT = 200;

    private Decoder() {
    }

    static JsonValue decode(Exchange exchange, InboundResponse response) {
        int status = response.status();
        String op = exchange.operation().id();
        if (status >= 200 && status < 300) {
            if (response.body().length == 0) {
                return JsonValue.NULL;
            }
            String type = response.header("Content-Type").orElse("application/json");
            if (!type.contains("json")) {
                throw new InvalidResponseException(op + ": HTTP " + status + " with " + type + " instead of JSON: "
                        + response.excerpt(EXCERPT), status);
            }
            try {
                return JsonMapper.parse(response.body());
            } catch (JsonException e) {
                throw new InvalidResponseException(op + ": HTTP " + status + " body is not valid JSON: "
                        + response.excerpt(EXCERPT), status);
            }
        }
        if (status == 420) {
            throw new ErrorLimitedException(Duration.ofSeconds(Headers.seconds(response,
                    "X-ESI-Error-Limit-Reset").orElse(60L)));
        }
        if (status == 429) {
            throw new RateLimitedException(response.header("X-Ratelimit-Group").orElse("unknown"),
                    Headers.retryAfter(response, java.time.Clock.systemUTC()).orElse(Duration.ofSeconds(1)));
        }
        throw new EsiHttpException(op, status, response.excerpt(EXCERPT));
    }
}
