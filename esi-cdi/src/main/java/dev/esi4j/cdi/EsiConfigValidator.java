package dev.esi4j.cdi;

import java.time.Clock;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Extension;

import org.eclipse.microprofile.config.ConfigProvider;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigException;

/**
 * Portable extension that validates the esi4j configuration when the application deploys, so a bad key fails the
 * deployment with one message per key instead of failing the first request.
 */
public class EsiConfigValidator implements Extension {

    void validate(@Observes AfterDeploymentValidation event) {
        try {
            EsiConfig.read(key -> ConfigProvider.getConfig().getOptionalValue(key, String.class), Clock.systemUTC());
        } catch (EsiConfigException e) {
            event.addDeploymentProblem(e);
        }
    }
}
