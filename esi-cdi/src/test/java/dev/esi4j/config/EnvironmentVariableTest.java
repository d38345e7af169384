package dev.esi4j.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

import dev.esi4j.internal.config.KeyCatalog;
import dev.esi4j.internal.config.KeySpec;
import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/** Every key resolves from its environment-variable form, and keys with a django-esi counterpart use its name. */
class EnvironmentVariableTest {

    /** A valid value per key, as an operator would put it into the environment. */
    static String sampleValue(KeySpec spec) {
        return switch (spec.kind()) {
            case URL -> "https://sample.example.test/path";
            case BOOLEAN -> "true";
            case COUNT, POSITIVE -> "7";
            case DECIMAL -> "0.5";
            case DURATION -> "42s";
            case COMPAT_DATE -> "2025-09-30";
            case TAG_DATES -> "Universe=2020-01-01";
            case LANGUAGE_LIST -> "en,de";
            case LANGUAGE -> "de";
            case EMAIL -> "ops@example.test";
            case APP_NAME_TEXT -> "EnvApp";
            case LIMIT_MODE -> "fail";
            case DATASOURCE -> "tranquility";
            case SCHEDULE -> "0 30 2 * * *";
            case KEYS -> "k1=" + java.util.Base64.getEncoder().encodeToString(new byte[16]);
            default -> "env-" + spec.key();
        };
    }

    static Config environment(Map<String, String> env) {
        return new SmallRyeConfigBuilder().withSources(new EnvConfigSource(env, 300)).build();
    }

    @Test
    void djangoCounterparts_areTheEnvironmentVariableForm() {
        List<KeySpec> withCounterpart = KeyCatalog.all().stream().filter(s -> s.djangoSetting() != null).toList();
        assertThat(withCounterpart).extracting(KeySpec::djangoSetting).contains("ESI_SSO_CLIENT_ID",
                "ESI_SSO_CLIENT_SECRET", "ESI_SSO_CALLBACK_URL", "ESI_API_DATASOURCE", "ESI_USER_CONTACT_EMAIL",
                "ESI_ALWAYS_CREATE_TOKEN", "ESI_CACHE_RESPONSE", "ESI_REQUESTS_READ_TIMEOUT");
        for (KeySpec spec : withCounterpart) {
            assertThat(spec.environmentVariable()).as(spec.key()).isEqualTo(spec.djangoSetting());
        }
    }

    @Test
    void everyKeyWithDjangoCounterpart_resolvesFromTheEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("ESI_SSO_CLIENT_ID", "from-env");
        env.put("ESI_SSO_CLIENT_SECRET", "secret-from-env");
        env.put("ESI_SSO_CALLBACK_URL", "https://app.example.test/cb");
        List<KeySpec> specs = KeyCatalog.all().stream()
                .filter(s -> s.djangoSetting() != null && s.kind() != dev.esi4j.internal.config.ValueKind.REMOVED)
                .toList();
        specs.forEach(s -> env.putIfAbsent(s.djangoSetting(), sampleValue(s)));
        Config config = environment(env);
        EsiConfig esi = EsiConfig.read(k -> config.getOptionalValue(k, String.class), EsiConfigValidationTest.CLOCK);
        for (KeySpec spec : specs) {
            Object expected = EsiConfig.builder().clock(EsiConfigValidationTest.CLOCK).setAll(env.entrySet().stream()
                    .collect(Collectors.toMap(e -> keyFor(e.getKey()), Map.Entry::getValue))).build().value(spec.key())
                    .orElseThrow();
            assertThat(esi.value(spec.key())).as(spec.key() + " from " + spec.djangoSetting()).isPresent();
            assertThat(String.valueOf(esi.value(spec.key()).get())).as(spec.key())
                    .isEqualTo(String.valueOf(expected));
        }
        assertThat(esi.ssoClientId()).contains("from-env");
    }

    @Test
    void everyOtherKey_resolvesFromItsEnvironmentForm() {
        for (KeySpec spec : KeyCatalog.all()) {
            if (spec.kind() == dev.esi4j.internal.config.ValueKind.REMOVED) {
                continue;
            }
            Config config = environment(Map.of(spec.environmentVariable(), sampleValue(spec)));
            assertThat(config.getOptionalValue(spec.key(), String.class)).as(spec.key()).contains(sampleValue(spec));
        }
    }

    @Test
    void retiredApiVersion_fromEnvironment_failsNamingTheReplacement() {
        Config config = environment(Map.of("ESI_API_VERSION", "latest", "ESI_SSO_CLIENT_ID", "a",
                "ESI_SSO_CLIENT_SECRET", "b", "ESI_SSO_CALLBACK_URL", "https://x.example.test/cb"));
        try {
            EsiConfig.read(k -> config.getOptionalValue(k, String.class), EsiConfigValidationTest.CLOCK);
            throw new AssertionError("ESI_API_VERSION must be rejected");
        } catch (EsiConfigException e) {
            assertThat(e.problems()).singleElement().asString().contains("ESI_API_VERSION")
                    .contains(EsiConfigKeys.COMPATIBILITY_DATE);
        }
    }

    @Test
    void keyConstants_andCatalog_matchExactly() throws IllegalAccessException {
        Set<String> constants = new java.util.HashSet<>();
        for (Field field : EsiConfigKeys.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !field.getName().equals("PREFIX")) {
                constants.add((String) field.get(null));
            }
        }
        Set<String> catalog = KeyCatalog.all().stream().map(KeySpec::key).collect(Collectors.toSet());
        assertThat(catalog).containsExactlyInAnyOrderElementsOf(constants);
        assertThat(constants).allMatch(k -> k.startsWith(EsiConfigKeys.PREFIX) && k.matches("[a-z0-9.\\-]+"));
        assertThat(Arrays.asList(EsiConfigKeys.class.getDeclaredConstructors())).allMatch(c -> Modifier.isPrivate(
                c.getModifiers()));
    }

    private static String keyFor(String env) {
        return KeyCatalog.all().stream().filter(s -> s.environmentVariable().equals(env)).findFirst()
                .map(KeySpec::key).orElseThrow();
    }
}
