package dev.esi4j.typed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.esi4j.EsiClient;
import dev.esi4j.config.EsiConfig;
import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.simulator.EsiSimulator;
import dev.esi4j.simulator.SimCharacter;
import dev.esi4j.typed.model.MarketsRegionIdOrdersGetItem;
import dev.esi4j.typed.model.StatusGet;
import dev.esi4j.typed.model.UniverseTypesTypeIdGet;

/** The generated API covers the whole bundled spec and maps what ESI (the simulator) answers. */
class TypedApiTest {

    static final Path SPEC = Path.of("..", "..", "esi-cdi", "src", "main", "resources", "META-INF", "esi4j",
            "esi-openapi-3.1-2025-12-16.json");
    static final long PILOT = SimCharacter.PILOT_ALPHA.id();

    static EsiSimulator sim;
    static EsiClient esi;
    static EsiApi api;

    @BeforeAll
    static void start() {
        // one character per call below, so per-character rate-limit buckets never run dry during the sweep
        dev.esi4j.simulator.EsiSimulatorBuilder builder = EsiSimulator.builder().seed(7);
        for (long id = PILOT; id < PILOT + 400; id++) {
            builder.character(id, "Pilot " + id, "OWNER-" + id);
        }
        sim = builder.start();
        esi = EsiClient.builder().config(EsiConfig.builder()
                .set(EsiConfigKeys.API_URL, sim.baseUrl())
                .set(EsiConfigKeys.APP_NAME, "TypedApiTest")
                .set(EsiConfigKeys.USER_CONTACT_EMAIL, "ops@example.test")
                .set(EsiConfigKeys.DEV_MODE, "true").build()).build();
        api = new EsiApi(esi);
    }

    @AfterAll
    static void stop() {
        esi.close();
        sim.close();
    }

    static Map<String, List<String>> operationsByTag() throws Exception {
        JsonObject spec;
        try (InputStream in = Files.newInputStream(SPEC); JsonReader reader = Json.createReader(in)) {
            spec = reader.readObject();
        }
        Map<String, List<String>> byTag = new TreeMap<>();
        for (JsonValue path : spec.getJsonObject("paths").values()) {
            for (Map.Entry<String, JsonValue> op : path.asJsonObject().entrySet()) {
                JsonObject o = op.getValue().asJsonObject();
                byTag.computeIfAbsent(o.getJsonArray("tags").getString(0), t -> new ArrayList<>())
                        .add(o.getString("operationId"));
            }
        }
        return byTag;
    }

    @Test
    void everyOperationOfTheBundledSpec_hasATypedMethodOnItsTagClass() throws Exception {
        Map<String, List<String>> byTag = operationsByTag();
        assertThat(byTag.values().stream().mapToInt(List::size).sum()).isEqualTo(208);
        for (Map.Entry<String, List<String>> tag : byTag.entrySet()) {
            String accessor = Character.toLowerCase(tag.getKey().replace(" ", "").charAt(0))
                    + tag.getKey().replace(" ", "").substring(1);
            Object tagApi = EsiApi.class.getMethod(accessor).invoke(api);
            Set<String> methods = new HashSet<>();
            Arrays.stream(tagApi.getClass().getMethods()).forEach(m -> methods.add(m.getName()));
            for (String id : tag.getValue()) {
                String name = Character.toLowerCase(id.charAt(0)) + id.substring(1);
                assertThat(methods).as(tag.getKey() + " " + id).contains(name, name + "Request");
            }
        }
    }

    @Test
    void status_mapsTheRecordedResponse() {
        StatusGet status = api.status().getStatus();
        assertThat(status.players()).isPositive();
        assertThat(status.serverVersion()).isNotBlank();
        assertThat(status.startTime()).isNotNull();
    }

    @Test
    void localizedType_viaRequestVariant() {
        UniverseTypesTypeIdGet en = api.universe().getUniverseTypesTypeId(34);
        UniverseTypesTypeIdGet fr = api.universe().getUniverseTypesTypeIdRequest(34).language("fr")
                .as(UniverseTypesTypeIdGet.class);
        assertThat(en.name()).isEqualTo("Tritanium");
        assertThat(en.description()).startsWith("The main building block");
        assertThat(fr.description()).startsWith("Il s'agit du principal bloc");
        assertThat(en.typeId()).isEqualTo(34L);
    }

    @Test
    void pagedOperation_returnsAllPagesAsRecords() {
        sim.esi().pages("GetMarketsRegionIdOrders", 3, 5);
        List<MarketsRegionIdOrdersGetItem> orders = api.market().getMarketsRegionIdOrders("all", 10000043L);
        assertThat(orders).hasSize(15).allSatisfy(o -> assertThat(o.orderId()).isNotNull());
        assertThat(orders.stream().map(MarketsRegionIdOrdersGetItem::orderId).distinct()).hasSize(15);
    }

    @Test
    void authenticatedOperation_takesCharacterFromToken() {
        SimToken token = new SimToken(sim, PILOT, Set.of("esi-wallet.read_character_wallet.v1"));
        Double balance = api.wallet().getCharactersCharacterIdWallet(token);
        assertThat(balance).isNotNull();
        assertThat(sim.journal().requests()).anyMatch(r -> r.path().equals("/characters/" + PILOT + "/wallet"));
    }

    @Test
    void everyGetOperation_mapsSimulatorDataWithoutError() throws Exception {
        List<String> failures = new ArrayList<>();
        int called = 0;
        long character = PILOT;
        for (Method accessor : EsiApi.class.getDeclaredMethods()) {
            if (!Modifier.isPublic(accessor.getModifiers()) || accessor.getParameterCount() != 0) {
                continue;
            }
            Object tagApi = accessor.invoke(api);
            for (Method m : tagApi.getClass().getDeclaredMethods()) {
                if (!Modifier.isPublic(m.getModifiers()) || m.getName().endsWith("Request")
                        || !m.getName().startsWith("get")) {
                    continue;
                }
                called++;
                try {
                    m.invoke(tagApi, arguments(m, character++));
                } catch (InvocationTargetException e) {
                    failures.add(m.getName() + ": " + e.getCause());
                }
            }
        }
        assertThat(called).isGreaterThan(150);
        assertThat(failures).isEmpty();
    }

    private static Object[] arguments(Method m, long character) {
        Parameter[] params = m.getParameters();
        Object[] args = new Object[params.length];
        for (int i = 0; i < params.length; i++) {
            Class<?> type = params[i].getType();
            if (type == dev.esi4j.token.Token.class) {
                args[i] = new SimToken(sim, character, allScopes());
            } else if (type == long.class) {
                args[i] = 1000L + i;
            } else if (type == int.class) {
                args[i] = 1 + i;
            } else if (type == String.class) {
                args[i] = params[i].getName().equals("orderType") ? "all" : "test";
            } else if (type == List.class) {
                boolean strings = params[i].getParameterizedType().getTypeName().contains("String");
                args[i] = strings ? List.of("character") : List.of(1000L);
            } else {
                args[i] = null;
            }
        }
        return args;
    }

    private static Set<String> allScopes() {
        Set<String> scopes = new HashSet<>();
        esi.operations().forEach(op -> scopes.addAll(op.scopes()));
        return scopes;
    }
}
