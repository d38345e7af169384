package dev.esi4j.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.esi4j.internal.spec.OpenApiReader;
import dev.esi4j.spec.EsiSpec;
import dev.esi4j.spec.Pagination;
import dev.esi4j.spec.SpecOperation;

/** MISSION 4.2: legacy Swagger 2.0 specs become OpenAPI 3 documents the runtime reader accepts. */
class SwaggerConversionTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = SwaggerConversionTest.class.getResourceAsStream("/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static EsiSpec convertAndRead(String name) throws IOException {
        String json = SwaggerConversion.toOpenApiJson(resource(name));
        return OpenApiReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name);
    }

    @Test
    @DisplayName("django-esi's full test spec (Swagger 2.0, 206 operations) converts and reads")
    void djangoEsiFullSpec_convertsCompletely() throws IOException {
        EsiSpec spec = convertAndRead("django-esi-test_swagger_full.json");
        assertThat(spec.operations()).hasSize(206);
        SpecOperation assets = spec.operation("get_characters_character_id_assets").orElseThrow();
        assertThat(assets.scopes()).containsExactly("esi-assets.read_assets.v1");
        assertThat(assets.pagination()).isEqualTo(Pagination.PAGES);
        assertThat(assets.parameter("datasource")).isEmpty();
        assertThat(spec.operation("post_universe_names").orElseThrow().body().type()).isEqualTo("array");
    }

    @Test
    @DisplayName("the last ESI Swagger 2.0 spec (v1.36, 195 operations) converts and reads")
    void eveRefSwagger136_convertsCompletely() throws IOException {
        EsiSpec spec = convertAndRead("esi-swagger-2.0-v1.36-eveRef.json");
        assertThat(spec.operations()).hasSize(195);
        assertThat(spec.operation("get_universe_types_type_id").orElseThrow().parameter("language")).isPresent();
    }

    @Test
    void commandLine_writesConvertedFile(@TempDir Path dir) throws IOException {
        Path in = dir.resolve("swagger.json");
        Files.writeString(in, resource("esi-swagger-2.0-v1.36-eveRef.json"));
        Path out = dir.resolve("openapi.json");
        assertThat(SpecTool.run(new String[] {"convert", in.toString(), out.toString()}, System.out)).isZero();
        assertThat(Files.readString(out)).contains("\"openapi\" : \"3.0");
    }
}
