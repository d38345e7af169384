package dev.esi4j.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MISSION 4.18: the command-line explorer, as run from the standalone jar. */
class SpecToolTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private Path copy(String resource) throws IOException {
        Path file = dir.resolve(resource);
        try (InputStream in = SpecToolTest.class.getResourceAsStream("/" + resource)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void explore_bundledSpec_listsTags() throws IOException {
        assertThat(SpecTool.run(new String[] {"explore"}, out)).isZero();
        assertThat(text()).contains("2025-12-16", "208 operations", "  Universe (", "  Wallet (");
    }

    @Test
    void explore_describesOneOperationBySnakeCaseAlias() throws IOException {
        assertThat(SpecTool.run(new String[] {"explore", "get_universe_types_type_id"}, out)).isZero();
        assertThat(text()).contains("GetUniverseTypesTypeId", "/universe/types/{type_id}", "type_id");
    }

    @Test
    void explore_swagger2File_isConvertedOnTheFly() throws IOException {
        Path swagger = copy("django-esi-test_swagger_full.json");
        assertThat(SpecTool.run(new String[] {"explore", "--spec", swagger.toString(), "Wallet"}, out)).isZero();
        assertThat(text()).contains("get_characters_character_id_wallet", "/characters/{character_id}/wallet/");
    }

    @Test
    void explore_convertedOpenApiFile_readsWithoutConversion() throws IOException {
        Path swagger = copy("django-esi-test_swagger_full.json");
        Path openapi = dir.resolve("openapi.json");
        assertThat(SpecTool.run(new String[] {"convert", swagger.toString(), openapi.toString()}, out)).isZero();
        bytes.reset();
        assertThat(SpecTool.run(new String[] {"explore", "--spec", openapi.toString()}, out)).isZero();
        assertThat(text()).contains("206 operations", "  Wallet (");
    }

    @Test
    void unknownNameMissingFileAndBadUsage() throws IOException {
        assertThat(SpecTool.run(new String[] {"explore", "NoSuchTag"}, out)).isEqualTo(1);
        assertThat(SpecTool.run(new String[] {"explore", "--spec", dir.resolve("none.json").toString()}, out))
                .isEqualTo(1);
        assertThat(text()).contains("no tag or operation named 'NoSuchTag'", "does not exist");
        assertThat(SpecTool.run(new String[] {"frobnicate"}, out)).isEqualTo(2);
        assertThat(SpecTool.run(new String[] {"explore", "a", "b"}, out)).isEqualTo(2);
    }
}
