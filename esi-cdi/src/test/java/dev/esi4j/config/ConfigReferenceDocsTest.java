package dev.esi4j.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.esi4j.internal.config.ConfigDocs;

/**
 * Keeps {@code docs/configuration.md} in sync with the key catalog. Run with {@code -Desi4j.regenerateDocs=true}
 * to rewrite the table after adding a key.
 */
class ConfigReferenceDocsTest {

    static final Path DOC = Path.of("..", "docs", "configuration.md");

    @Test
    void docsTable_matchesKeyCatalog() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf(ConfigDocs.START);
        int end = doc.indexOf(ConfigDocs.END);
        assertThat(start).as("start marker in " + DOC).isNotNegative();
        assertThat(end).as("end marker in " + DOC).isGreaterThan(start);
        String current = doc.substring(start + ConfigDocs.START.length(), end).strip();
        String expected = ConfigDocs.table().strip();
        if (Boolean.getBoolean("esi4j.regenerateDocs") && !current.equals(expected)) {
            Files.writeString(DOC, doc.substring(0, start + ConfigDocs.START.length()) + "\n" + expected + "\n"
                    + doc.substring(end), StandardCharsets.UTF_8);
            return;
        }
        assertThat(current).as("docs/configuration.md is out of date; rerun with -Desi4j.regenerateDocs=true")
                .isEqualTo(expected);
    }
}
