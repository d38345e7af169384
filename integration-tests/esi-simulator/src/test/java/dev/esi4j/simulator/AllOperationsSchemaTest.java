package dev.esi4j.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Calls every GET operation of each bundled spec once and validates the answer against its schema. */
class AllOperationsSchemaTest {

    @RegisterExtension
    static final EsiSimulatorExtension CURRENT = new EsiSimulatorExtension(EsiSimulator.builder().seed(11));

    @TestFactory
    Stream<DynamicTest> everyGetOperation_answersSchemaValidData_2025_12_16() throws Exception {
        return tests(CURRENT.simulator(), EsiSimulatorBuilder.SPEC_2025_12_16, "2025-12-16");
    }

    @TestFactory
    Stream<DynamicTest> everyGetOperation_answersSchemaValidData_2020_01_01() throws Exception {
        EsiSimulator sim = EsiSimulator.builder().seed(12).bundledSpec(EsiSimulatorBuilder.SPEC_2020_01_01).start();
        return tests(sim, EsiSimulatorBuilder.SPEC_2020_01_01, "2020-01-01").onClose(sim::close);
    }

    private static Stream<DynamicTest> tests(EsiSimulator sim, String specName, String date) throws Exception {
        JsonObject spec;
        try (InputStream in = EsiSimulatorBuilder.class.getResourceAsStream(specName);
             JsonReader r = Json.createReader(in)) {
            spec = r.readObject();
        }
        SchemaValidator validator = new SchemaValidator(spec);
        List<DynamicTest> tests = new ArrayList<>();
        spec.getJsonObject("paths").forEach((path, item) -> {
            JsonObject get = item.asJsonObject().getJsonObject("get");
            if (get != null) {
                tests.add(DynamicTest.dynamicTest(get.getString("operationId"),
                        () -> check(sim, validator, spec, path, get, date)));
            }
        });
        assertThat(tests).hasSizeGreaterThan(150);
        return tests.stream();
    }

    private static void check(EsiSimulator sim, SchemaValidator validator, JsonObject spec, String path,
                              JsonObject op, String date) {
        String token = sim.sso().accessToken(SimCharacter.PILOT_ALPHA.id(), scopes(op));
        String url = RequestFactory.url(spec, path, op);
        HttpResponse<String> r = Http.get(sim, url, "Authorization", "Bearer " + token, "X-Compatibility-Date", date);
        assertThat(r.statusCode()).as(url + " -> " + r.body()).isEqualTo(200);
        JsonObject response = validator.resolveObject(op.getJsonObject("responses").get("200"));
        JsonValue schema = response.getJsonObject("content").getJsonObject("application/json").get("schema");
        assertThat(validator.validate(Http.json(r.body()), schema)).as(url).isEmpty();
    }

    private static String[] scopes(JsonObject op) {
        Set<String> scopes = new LinkedHashSet<>();
        if (op.containsKey("security")) {
            op.getJsonArray("security").forEach(req -> req.asJsonObject().values().forEach(list ->
                    list.asJsonArray().forEach(v -> scopes.add(((jakarta.json.JsonString) v).getString()))));
        }
        return scopes.toArray(String[]::new);
    }
}
