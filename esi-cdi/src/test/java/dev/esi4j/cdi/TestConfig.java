package dev.esi4j.cdi;

import java.util.Map;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Registers a MicroProfile Config made of the given properties for the current thread's class loader. */
final class TestConfig implements AutoCloseable {

    private final Config config;

    private TestConfig(Map<String, String> properties) {
        this.config = new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build();
        ConfigProviderResolver.instance().registerConfig(config, Thread.currentThread().getContextClassLoader());
    }

    static TestConfig of(Map<String, String> properties) {
        return new TestConfig(properties);
    }

    Config config() {
        return config;
    }

    @Override
    public void close() {
        ConfigProviderResolver.instance().releaseConfig(config);
    }
}
