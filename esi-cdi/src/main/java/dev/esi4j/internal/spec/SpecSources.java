package dev.esi4j.internal.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import dev.esi4j.EsiSpecException;
import dev.esi4j.spec.EsiSpec;

/** Loads the bundled spec (parsed once per JVM) or a local spec file. */
public final class SpecSources {

    /** Classpath location of the bundled spec. */
    public static final String BUNDLED = "/META-INF/esi4j/esi-openapi-3.1-2025-12-16.json";

    private static final ConcurrentMap<String, EsiSpec> PARSED = new ConcurrentHashMap<>();

    private SpecSources() {
    }

    /** @return the bundled ESI spec (compatibility date 2025-12-16); parsed once per class loader */
    public static EsiSpec bundled() {
        return PARSED.computeIfAbsent(BUNDLED, r -> classpath(r));
    }

    /**
     * @param resource classpath resource
     * @return the parsed spec
     */
    public static EsiSpec classpath(String resource) {
        try (InputStream in = SpecSources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new EsiSpecException("spec resource " + resource + " not found on the classpath");
            }
            return OpenApiReader.read(in, resource);
        } catch (IOException e) {
            throw new EsiSpecException("cannot read spec resource " + resource, e);
        }
    }

    /**
     * @param location a file path, or {@code classpath:/path}
     * @return the parsed spec
     * @throws EsiSpecException when missing, YAML, Swagger 2.0 or invalid
     */
    public static EsiSpec file(String location) {
        if (location.startsWith("classpath:")) {
            return classpath(location.substring("classpath:".length()));
        }
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            throw new EsiSpecException("spec file " + location + " is YAML; esi4j reads JSON at runtime. Fetch "
                    + "ESI's JSON form (/meta/openapi.json) or convert the file to JSON");
        }
        try (InputStream in = Files.newInputStream(Path.of(location))) {
            return OpenApiReader.read(in, location);
        } catch (NoSuchFileException e) {
            throw new EsiSpecException("spec file " + location + " (esi.spec-file) does not exist", e);
        } catch (IOException e) {
            throw new EsiSpecException("cannot read spec file " + location + ": " + e.getMessage(), e);
        }
    }
}
