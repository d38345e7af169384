package dev.esi4j.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/**
 * Serves the demo's one stylesheet from the class path (the Jakarta REST application owns the whole context, so
 * static files go through here).
 */
@Path("assets")
@ApplicationScoped
public class AssetResource {

    private static final String CSS = "/dev/esi4j/demo/assets/demo.css";

    /** @return the stylesheet, cacheable for an hour */
    @GET
    @Path("demo.css")
    @Produces("text/css;charset=utf-8")
    public Response stylesheet() {
        try (InputStream in = AssetResource.class.getResourceAsStream(CSS)) {
            if (in == null) {
                throw new NotFoundException();
            }
            CacheControl cache = new CacheControl();
            cache.setMaxAge(3600);
            return Response.ok(in.readAllBytes()).cacheControl(cache).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
