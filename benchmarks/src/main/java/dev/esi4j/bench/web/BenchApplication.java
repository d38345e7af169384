package dev.esi4j.bench.web;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import dev.esi4j.jaxrs.TokenFlowFeature;

/** The JAX-RS application under {@code /api}. */
@ApplicationPath("api")
public class BenchApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(TokenFlowFeature.class, BenchSso.class, BenchResource.class);
    }
}
