package dev.esi4j.simulator.internal.esi;

import dev.esi4j.simulator.internal.SimRequest;
import dev.esi4j.simulator.internal.SimResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * ETag, Last-Modified, Expires and Cache-Control of successful answers, and 304 for a matching
 * {@code If-None-Match} (weak or strong) or a not-older {@code If-Modified-Since}.
 */
final class CacheHeaders {

    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private CacheHeaders() {
    }

    /**
     * @param lastModified snapshot time of the data
     * @param cacheAge     {@code x-cache-age} seconds
     * @return the response, turned into a 304 when the client's copy is current
     */
    static SimResponse apply(SimRequest req, SimResponse resp, Instant now, Instant lastModified, int cacheAge,
                             boolean secured) {
        String etag = "\"" + hash(resp.body()) + "\"";
        Instant expires = cacheAge > 0 ? lastModified.plusSeconds(cacheAge) : now;
        if (!expires.isAfter(now) && cacheAge > 0) {
            expires = now.plusSeconds(cacheAge - Math.floorMod(now.getEpochSecond(), cacheAge));
        }
        long maxAge = Math.max(0, expires.getEpochSecond() - now.getEpochSecond());
        resp.header("ETag", etag)
                .header("Last-Modified", HTTP_DATE.format(lastModified))
                .header("Expires", HTTP_DATE.format(expires))
                .header("Cache-Control", (secured ? "private" : "public") + ", max-age=" + maxAge);
        if (notModified(req, etag, lastModified)) {
            resp.status(304).rawBody(new byte[0]).removeHeader("Content-Type").removeHeader("Content-Language");
        }
        return resp;
    }

    private static boolean notModified(SimRequest req, String etag, Instant lastModified) {
        String inm = req.header("If-None-Match");
        if (inm != null) {
            for (String tag : inm.split(",")) {
                String t = tag.trim();
                t = t.startsWith("W/") ? t.substring(2) : t;
                if (t.equals(etag) || "*".equals(t)) {
                    return true;
                }
            }
            return false;
        }
        String ims = req.header("If-Modified-Since");
        if (ims != null) {
            try {
                return !lastModified.isAfter(ZonedDateTime.parse(ims, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private static String hash(byte[] body) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(d, 0, 20);
        } catch (NoSuchAlgorithmException e) {
            return Integer.toHexString(new String(body, StandardCharsets.UTF_8).hashCode());
        }
    }
}
