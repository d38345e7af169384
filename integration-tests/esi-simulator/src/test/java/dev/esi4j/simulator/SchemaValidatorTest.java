package dev.esi4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Proves the test validator rejects what it must, so the all-operations test can fail. */
class SchemaValidatorTest {

    private static final JsonObject SPEC = Http.json("""
            {"components":{"schemas":{"Id":{"type":"integer","format":"int64"}}}}""").asJsonObject();
    private static final JsonObject SCHEMA = Http.json("""
            {"type":"object","required":["id","when"],"properties":{
              "id":{"$ref":"#/components/schemas/Id"},
              "when":{"type":"string","format":"date-time"},
              "kind":{"type":"string","enum":["a","b"]},
              "list":{"type":"array","items":{"type":"integer","format":"int32"},"maxItems":2}}}""")
            .asJsonObject();

    private final SchemaValidator validator = new SchemaValidator(SPEC);

    @Test
    void validDocument_hasNoErrors() {
        assertThat(validator.validate(Http.json("""
                {"id":9007199254740993,"when":"2026-01-01T12:00:00Z","kind":"a","list":[1,2]}"""), SCHEMA)).isEmpty();
    }

    @Test
    void wrongDocument_reportsEachProblem() {
        assertThat(validator.validate(Http.json("""
                {"id":"x","kind":"c","list":[1,2,3000000000]}"""), SCHEMA))
                .hasSize(5)
                .anyMatch(e -> e.contains("missing required"))
                .anyMatch(e -> e.contains("$.id"))
                .anyMatch(e -> e.contains("enum"))
                .anyMatch(e -> e.contains("out of bounds"))
                .anyMatch(e -> e.contains("int32"));
    }
}
