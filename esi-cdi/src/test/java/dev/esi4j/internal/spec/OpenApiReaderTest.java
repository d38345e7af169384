package dev.esi4j.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.esi4j.EsiSpecException;
import dev.esi4j.spec.EsiSpec;
import dev.esi4j.spec.Pagination;
import dev.esi4j.spec.ParameterLocation;
import dev.esi4j.spec.SpecOperation;

class OpenApiReaderTest {

    @Test
    void bundledSpec_hasEveryOperationAndTag() {
        EsiSpec spec = SpecSources.bundled();
        assertThat(spec.version()).isEqualTo("2025-12-16");
        assertThat(spec.openApiVersion()).isEqualTo("3.1.0");
        assertThat(spec.operations()).hasSize(208);
        assertThat(spec.tags()).hasSize(33);
    }

    @Test
    void getStatus_readsRateLimitCacheAgeAndNoScopes() {
        SpecOperation op = SpecSources.bundled().operation("GetStatus").orElseThrow();
        assertThat(op.method()).isEqualTo("GET");
        assertThat(op.path()).isEqualTo("/status");
        assertThat(op.tags()).containsExactly("Status");
        assertThat(op.scopes()).isEmpty();
        assertThat(op.cacheAge()).isEqualTo(30);
        assertThat(op.rateLimit().group()).isEqualTo("status");
        assertThat(op.rateLimit().maxTokens()).isEqualTo(600);
        assertThat(op.rateLimit().window()).isEqualTo(Duration.ofMinutes(15));
        assertThat(op.pagination()).isEqualTo(Pagination.NONE);
        // managed headers are not parameters; the language header is
        assertThat(op.parameters()).extracting(p -> p.name()).containsExactly("Accept-Language");
    }

    @Test
    void pagedAuthedOperation_readsPageParamScopesAndRefs() {
        SpecOperation op = SpecSources.bundled().operation("get_characters_character_id_assets").orElseThrow();
        assertThat(op.pagination()).isEqualTo(Pagination.PAGES);
        assertThat(op.scopes()).containsExactly("esi-assets.read_assets.v1");
        assertThat(op.parameter("character_id").orElseThrow().type().format()).isEqualTo("int64");
        assertThat(op.parameter("character_id").orElseThrow().location()).isEqualTo(ParameterLocation.PATH);
        assertThat(op.parameter("character_id").orElseThrow().required()).isTrue();
        assertThat(op.parameter("page").orElseThrow().type().format()).isEqualTo("int32");
        assertThat(op.parameter("page").orElseThrow().type().minimum()).isEqualByComparingTo(BigDecimal.ONE);
    }

    @Test
    void cursorAndFromIdOperations_areClassified() {
        EsiSpec spec = SpecSources.bundled();
        assertThat(spec.operation("GetCorporationsProjectsListing").orElseThrow().pagination())
                .isEqualTo(Pagination.CURSOR);
        assertThat(spec.operation("GetCharactersCharacterIdWalletTransactions").orElseThrow().pagination())
                .isEqualTo(Pagination.FROM_ID);
    }

    @Test
    void bulkPost_readsArrayBodyWithMaxItems() {
        SpecOperation ids = SpecSources.bundled().operation("PostUniverseIds").orElseThrow();
        assertThat(ids.body().type()).isEqualTo("array");
        assertThat(ids.body().maxItems()).isEqualTo(500);
        assertThat(ids.bodyRequired()).isTrue();
        assertThat(SpecSources.bundled().operation("PostUniverseNames").orElseThrow().body().maxItems())
                .isEqualTo(1000);
    }

    @Test
    void snakeCaseAliases_resolve() {
        EsiSpec spec = SpecSources.bundled();
        assertThat(spec.operation("get_universe_types_type_id").orElseThrow().id())
                .isEqualTo("GetUniverseTypesTypeId");
        assertThat(spec.operation("getuniversetypestypeid")).isPresent();
        assertThat(spec.operation("no_such_thing")).isEmpty();
    }

    @Test
    void describe_namesParametersScopesPagingAndLimits() {
        String text = SpecSources.bundled().operation("GetCharactersCharacterIdAssets").orElseThrow().describe();
        assertThat(text).contains("GET /characters/{character_id}/assets", "param character_id [path, required]",
                "integer(int32)", "esi-assets.read_assets.v1", "pagination: pages", "rate limit: char-asset",
                "cache age: 3600 s");
    }

    @Test
    void compatSpec2020_isRead() {
        EsiSpec spec = SpecSources.classpath("/specs/esi-openapi-3.1-2020-01-01-compat.json");
        assertThat(spec.version()).isEqualTo("2020-01-01");
        assertThat(spec.operations()).hasSize(197);
        assertThat(spec.operation("GetRouteOriginDestination")).isPresent();
    }

    @Test
    @DisplayName("B45: a Swagger 2.0 file is rejected with instructions to convert it")
    void swagger20_failsWithConversionHint() {
        assertThatThrownBy(() -> SpecSources.classpath("/specs/django-esi-test_swagger.json"))
                .isInstanceOf(EsiSpecException.class).hasMessageContaining("Swagger 2.0")
                .hasMessageContaining("convert");
    }

    @Test
    void yamlFile_failsWithClearMessage(@TempDir Path dir) throws Exception {
        Path yaml = Files.writeString(dir.resolve("spec.yaml"), "openapi: 3.0.3\n");
        assertThatThrownBy(() -> SpecSources.file(yaml.toString())).isInstanceOf(EsiSpecException.class)
                .hasMessageContaining("YAML");
    }

    @Test
    void missingFile_namesTheKey() {
        assertThatThrownBy(() -> SpecSources.file("/nonexistent/spec.json")).isInstanceOf(EsiSpecException.class)
                .hasMessageContaining("esi.spec-file");
    }

    @Test
    void notOpenApi3_isRejected() {
        assertThatThrownBy(() -> OpenApiReader.read(new ByteArrayInputStream("{\"openapi\":\"2.5\"}"
                .getBytes(StandardCharsets.UTF_8)), "x")).isInstanceOf(EsiSpecException.class)
                .hasMessageContaining("3.x");
        assertThatThrownBy(() -> OpenApiReader.read(new ByteArrayInputStream("{nope"
                .getBytes(StandardCharsets.UTF_8)), "x")).isInstanceOf(EsiSpecException.class);
    }
}
