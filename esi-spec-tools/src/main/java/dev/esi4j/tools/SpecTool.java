package dev.esi4j.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar esi-spec-tools-<version>-standalone.jar convert <swagger.json> <openapi.json>}: converts a legacy
 * Swagger 2.0 ESI spec to OpenAPI 3 JSON for {@code esi.spec-file}.
 *
 * @since 0.1
 */
@SuppressWarnings("checkstyle:regexp")
public final class SpecTool {

    private SpecTool() {
    }

    /**
     * @param args {@code convert <in> <out>}
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3 || !"convert".equals(args[0])) {
            System.err.println("usage: convert <swagger-2.0.json> <openapi-3.json>");
            System.exit(2);
            return;
        }
        String converted = SwaggerConversion.toOpenApiJson(Files.readString(Path.of(args[1]),
                StandardCharsets.UTF_8));
        Files.writeString(Path.of(args[2]), converted, StandardCharsets.UTF_8);
        System.out.println("wrote " + args[2]);
    }
}
