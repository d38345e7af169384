package dev.esi4j.jaxrs.internal.rest;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.esi4j.jaxrs.internal.flow.Decision;

/** Maps flow decisions to JAX-RS responses; none of them may be cached. */
public final class Responses {

    private Responses() {
    }

    /**
     * @param decision a redirect or a page
     * @return the response
     * @throws IllegalArgumentException for decisions that are not answers (proceed, login)
     */
    public static Response of(Decision decision) {
        if (decision instanceof Decision.Redirect redirect) {
            // a raw header: Response#location would resolve a same-origin path against the application's base URI
            return noStore(Response.status(redirect.status()).header("Location", redirect.location()));
        }
        if (decision instanceof Decision.Page page) {
            // bytes, not a String: RESTEasy (WildFly) would HTML-escape a String entity of a 400 text/html answer
            return noStore(Response.status(page.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page.html().getBytes(StandardCharsets.UTF_8)));
        }
        throw new IllegalArgumentException("not an answer: " + decision);
    }

    /**
     * The same caching and referrer headers on a servlet response (redirects of the Jakarta Security mechanism).
     *
     * @param response the response about to redirect
     */
    public static void noStore(jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-cache, no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    private static Response noStore(Response.ResponseBuilder builder) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        noStore.setNoCache(true);
        return builder.cacheControl(noStore).header("Referrer-Policy", "no-referrer").build();
    }
}
