package dev.esi4j.cdi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import dev.esi4j.EsiClient;
import dev.esi4j.spec.EsiSpec;

/**
 * MicroProfile Health readiness (MISSION 4.20): ready when the configuration is valid and the ESI spec is loaded
 * (for a fetched spec: fetched at least once). Reports the spec version and operation count; never calls ESI
 * itself.
 */
@Readiness
@ApplicationScoped
public class EsiReadinessCheck implements HealthCheck {

    private final EsiClient client;

    /** For proxies. */
    protected EsiReadinessCheck() {
        this.client = null;
    }

    /** @param client the application's ESI client */
    @Inject
    public EsiReadinessCheck(EsiClient client) {
        this.client = client;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named("esi4j-client");
        try {
            EsiSpec spec = client.spec();
            return builder.up().withData("spec", spec.version())
                    .withData("operations", spec.operations().size()).build();
        } catch (RuntimeException e) {
            return builder.down().withData("error", e.getMessage()).build();
        }
    }
}
