package dev.esi4j.tools;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import dev.esi4j.internal.cli.EsiExplorer;
import dev.esi4j.internal.spec.OpenApiReader;
import dev.esi4j.spec.EsiSpec;

/**
 * The esi4j command line, {@code java -jar esi-spec-tools-<version>-standalone.jar COMMAND}:
 * <ul>
 * <li>{@code convert <swagger.json> <openapi.json>}: converts a legacy Swagger 2.0 ESI spec to OpenAPI 3 JSON for
 * {@code esi.spec-file};</li>
 * <li>{@code explore [--spec FILE] [TAG | OPERATION]}: lists the tags, the operations of a tag, or describes one
 * operation of the bundled spec or of FILE (OpenAPI 3.0/3.1 JSON, or Swagger 2.0 converted on the fly).</li>
 * </ul>
 *
 * @since 0.1
 */
@SuppressWarnings("checkstyle:regexp")
public final class SpecTool {

    private static final String USAGE = "usage: convert <swagger-2.0.json> <openapi-3.json>\n"
            + "       explore [--spec FILE] [TAG | OPERATION]";

    private SpecTool() {
    }

    /**
     * @param args {@code convert <in> <out>} or {@code explore [--spec FILE] [NAME]}
     * @throws IOException when a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out));
    }

    /**
     * @param args command and its arguments
     * @param out  where to print
     * @return exit code (0 ok, 1 not found, 2 usage)
     * @throws IOException when a file cannot be read or written
     */
    public static int run(String[] args, PrintStream out) throws IOException {
        if (args.length == 3 && "convert".equals(args[0])) {
            String converted = SwaggerConversion.toOpenApiJson(Files.readString(Path.of(args[1]),
                    StandardCharsets.UTF_8));
            Files.writeString(Path.of(args[2]), converted, StandardCharsets.UTF_8);
            out.println("wrote " + args[2]);
            return 0;
        }
        if (args.length >= 1 && "explore".equals(args[0])) {
            return explore(Arrays.copyOfRange(args, 1, args.length), out);
        }
        out.println(USAGE);
        return 2;
    }

    private static int explore(String[] args, PrintStream out) throws IOException {
        if (args.length >= 2 && args.length <= 3 && "--spec".equals(args[0]) && isSwagger2(args[1])) {
            String json = SwaggerConversion.toOpenApiJson(Files.readString(Path.of(args[1]),
                    StandardCharsets.UTF_8));
            EsiSpec spec = OpenApiReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    args[1] + " (converted from Swagger 2.0)");
            return EsiExplorer.print(spec, args.length == 3 ? args[2] : null, out);
        }
        return EsiExplorer.run(args, out);
    }

    private static boolean isSwagger2(String location) throws IOException {
        Path path = Path.of(location);
        if (location.startsWith("classpath:") || !Files.isRegularFile(path)) {
            return false;
        }
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                JsonReader json = Json.createReader(in)) {
            JsonValue doc = json.readValue();
            return doc instanceof JsonObject object && object.containsKey("swagger");
        } catch (JsonException e) {
            return false;
        }
    }
}
