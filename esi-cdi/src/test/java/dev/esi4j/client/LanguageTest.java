package dev.esi4j.client;

import static dev.esi4j.testing.StubEsi.Resp.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import jakarta.json.JsonArray;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.EsiClient;
import dev.esi4j.EsiParameterException;
import dev.esi4j.testing.FakeTime;
import dev.esi4j.testing.StubEsi;
import dev.esi4j.testing.TestClients;

class LanguageTest {

    private final StubEsi stub = new StubEsi();
    private final EsiClient esi = TestClients.client(stub, new FakeTime());

    @AfterEach
    void close() {
        esi.close();
        stub.close();
    }

    private void factions() {
        stub.on("GET /universe/factions", r -> {
            String lang = r.header("Accept-Language") == null ? "ja" : r.header("Accept-Language");
            return json(200, "[{\"faction_id\":500001,\"name\":\"name-" + lang + "\"}]").with("Content-Language",
                    lang);
        });
    }

    @Test
    @DisplayName("B49a: resultsLocalized(de, en) -> exactly two requests, map keyed by language")
    void b49a_resultsLocalized_onePerLanguage() {
        factions();
        Map<String, JsonArray> all = esi.operation("GetUniverseFactions").resultsLocalized("de", "en");
        assertThat(all).containsOnlyKeys("de", "en");
        assertThat(all.get("de").getJsonObject(0).getString("name")).isEqualTo("name-de");
        assertThat(all.get("en").getJsonObject(0).getString("name")).isEqualTo("name-en");
        assertThat(stub.requests()).extracting(r -> r.header("Accept-Language")).containsExactly("de", "en");
    }

    @Test
    @DisplayName("B49b: plain results() names the configured default language explicitly")
    void b49b_default_isSentExplicitly() {
        factions();
        assertThat(esi.operation("GetUniverseFactions").results().getJsonObject(0).getString("name"))
                .isEqualTo("name-en");
        assertThat(stub.requests().get(0).header("Accept-Language")).isEqualTo("en");
    }

    @Test
    @DisplayName("B49c: an unsupported language fails before any request")
    void b49c_unsupported_failsBeforeSending() {
        assertThatThrownBy(() -> esi.operation("GetUniverseFactions").resultsLocalized("xx"))
                .isInstanceOf(EsiParameterException.class).hasMessageContaining("'xx'")
                .hasMessageContaining("GetUniverseFactions");
        assertThatThrownBy(() -> esi.operation("GetUniverseFactions").language("xx"))
                .isInstanceOf(EsiParameterException.class);
        assertThat(stub.requests()).isEmpty();
    }

    @Test
    @DisplayName("B49d: a localized paged call sends the language on every page")
    void b49d_pagedLocalized_everyPageCarriesLanguage() {
        stub.on("GET /markets/10000002/orders", r -> json(200, "[{\"order_id\":" + r.query().get("page") + "}]")
                .with("X-Pages", "2"));
        Map<String, JsonArray> all = esi.operation("GetMarketsRegionIdOrders", Map.of("region_id", 10000002))
                .resultsLocalized("ko");
        assertThat(all.get("ko")).hasSize(2);
        assertThat(stub.requests()).hasSize(2).allSatisfy(r -> assertThat(r.header("Accept-Language"))
                .isEqualTo("ko"));
    }

    @Test
    void resultsLocalized_withoutArguments_usesConfiguredLanguages() {
        factions();
        assertThat(esi.operation("GetUniverseFactions").resultsLocalized()).containsOnlyKeys("en", "de", "fr", "ja",
                "ru", "zh", "ko", "es");
        assertThat(stub.requests()).hasSize(8);
    }

    @Test
    @DisplayName("B49 with a legacy spec: the language query parameter is used")
    void legacyLanguageQueryParameter_isSent() {
        EsiClient legacy = TestClients.client(stub, new FakeTime(), dev.esi4j.config.EsiConfigKeys.SPEC_FILE,
                "classpath:/specs/legacy-language.json");
        stub.on("GET /universe/factions/", r -> json(200, "[]"));
        legacy.operation("get_universe_factions").results();
        legacy.close();
        assertThat(stub.requests().get(0).query()).containsEntry("language", "en-us");
    }
}
