package dev.esi4j.internal.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CacheLifetimeTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    private static HttpHeaders headers(String... pairs) {
        Map<String, List<String>> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return HttpHeaders.of(map, (a, b) -> true);
    }

    @Test
    @DisplayName("JWKS lifetime: max-age wins, then Expires relative to Date, else the default; bounded 1 min .. 1 day")
    void of_headerVariants() {
        assertThat(CacheLifetime.of(headers("Cache-Control", "public, max-age=3600"), NOW))
                .isEqualTo(Duration.ofHours(1));
        assertThat(CacheLifetime.of(headers("Cache-Control", "max-age=3600", "Expires",
                "Thu, 01 Jan 2026 12:00:10 GMT"), NOW)).isEqualTo(Duration.ofHours(1));
        assertThat(CacheLifetime.of(headers("Expires", "Thu, 01 Jan 2026 12:30:00 GMT",
                "Date", "Thu, 01 Jan 2026 12:10:00 GMT"), NOW)).isEqualTo(Duration.ofMinutes(20));
        assertThat(CacheLifetime.of(headers("Expires", "Thu, 01 Jan 2026 12:30:00 GMT"), NOW))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(CacheLifetime.of(headers(), NOW)).isEqualTo(CacheLifetime.DEFAULT);
        assertThat(CacheLifetime.of(headers("Cache-Control", "no-cache"), NOW)).isEqualTo(CacheLifetime.MIN);
        assertThat(CacheLifetime.of(headers("Cache-Control", "max-age=0"), NOW)).isEqualTo(CacheLifetime.MIN);
        assertThat(CacheLifetime.of(headers("Expires", "0"), NOW)).isEqualTo(CacheLifetime.MIN);
        assertThat(CacheLifetime.of(headers("Expires", "Thu, 01 Jan 2026 11:00:00 GMT"), NOW))
                .isEqualTo(CacheLifetime.MIN);
        assertThat(CacheLifetime.of(headers("Cache-Control", "max-age=99999999"), NOW)).isEqualTo(CacheLifetime.MAX);
    }

    @Test
    @DisplayName("B39: Retry-After as seconds or HTTP-date; unreadable or absent gives none")
    void retryAfter_forms() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

        assertThat(SsoFailures.retryAfter(headers("Retry-After", "7"), clock)).isEqualTo(Duration.ofSeconds(7));
        assertThat(SsoFailures.retryAfter(headers("Retry-After", "Thu, 01 Jan 2026 12:00:30 GMT"), clock))
                .isEqualTo(Duration.ofSeconds(30));
        assertThat(SsoFailures.retryAfter(headers("Retry-After", "Thu, 01 Jan 2026 11:00:00 GMT"), clock))
                .isEqualTo(Duration.ZERO);
        assertThat(SsoFailures.retryAfter(headers("Retry-After", "soon"), clock)).isNull();
        assertThat(SsoFailures.retryAfter(headers(), clock)).isNull();
    }

    @Test
    @DisplayName("text from the SSO is cut and reduced to printable ASCII before it reaches a message")
    void sanitize_controlCharactersAndLength() {
        assertThat(SsoFailures.sanitize("bad\r\nline\u0000")).isEqualTo("bad??line?");
        assertThat(SsoFailures.sanitize("x".repeat(500))).hasSize(123);
        assertThat(SsoFailures.sanitize(null)).isEmpty();
    }
}
