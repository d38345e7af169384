package dev.esi4j.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class EsiExplorerTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void noArguments_listsTagsWithCounts() {
        assertThat(EsiExplorer.run(new String[0], out)).isZero();
        assertThat(text()).contains("2025-12-16", "208 operations", "Universe (", "Status (1)");
    }

    @Test
    void tag_listsOperations() {
        assertThat(EsiExplorer.run(new String[] {"Status"}, out)).isZero();
        assertThat(text()).contains("GetStatus", "GET", "/status");
    }

    @Test
    void operationAlias_describesIt() {
        assertThat(EsiExplorer.run(new String[] {"get_characters_character_id_wallet"}, out)).isZero();
        assertThat(text()).contains("GetCharactersCharacterIdWallet", "esi-wallet.read_character_wallet.v1",
                "rate limit: char-wallet");
    }

    @Test
    void otherSpecAndUnknownName() {
        assertThat(EsiExplorer.run(new String[] {"--spec", "classpath:/specs/esi-openapi-3.1-2020-01-01-compat.json",
            "Nope"}, out)).isEqualTo(1);
        assertThat(text()).contains("no tag or operation named 'Nope'");
        assertThat(EsiExplorer.run(new String[] {"a", "b"}, out)).isEqualTo(2);
    }
}
