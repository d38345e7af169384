package dev.esi4j.internal.config;

import static dev.esi4j.config.EsiConfigKeys.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

import dev.esi4j.config.EsiConfigException;

/**
 * Reads every key of the {@link KeyCatalog}, parses it, checks the rules that span several keys and collects one
 * problem per bad key.
 */
public final class ConfigReader {

    private ConfigReader() {
    }

    /**
     * Parsed values and warnings.
     *
     * @param values   typed value per key (absent keys without default are missing)
     * @param warnings non-fatal findings
     */
    public record Result(Map<String, Object> values, List<String> warnings) {
    }

    /**
     * @param lookup configured text per key
     * @param clock  clock for date checks
     * @return the parsed configuration
     * @throws EsiConfigException listing every bad or missing key
     */
    public static Result read(Function<String, Optional<String>> lookup, Clock clock) {
        ValueParsers parsers = new ValueParsers(clock);
        Map<String, Object> values = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (KeySpec spec : KeyCatalog.all()) {
            Optional<String> configured = lookup.apply(spec.key()).map(String::trim).filter(s -> !s.isEmpty());
            String text = configured.orElse(spec.defaultValue());
            if (text == null) {
                continue;
            }
            try {
                Object value = parsers.parse(spec.kind(), text);
                if (value != ValueParsers.OFF) {
                    values.put(spec.key(), value);
                }
            } catch (IllegalArgumentException e) {
                problems.add(problem(spec, text, e.getMessage()));
            }
        }
        List<String> warnings = new ArrayList<>();
        checkCredentials(values, problems, warnings);
        checkEncryption(values, problems);
        checkIdentity(values, warnings);
        if (!problems.isEmpty()) {
            throw new EsiConfigException(problems);
        }
        return new Result(Map.copyOf(values), warnings);
    }

    private static String problem(KeySpec spec, String text, String reason) {
        boolean hidden = spec.kind() == ValueKind.SECRET || spec.kind() == ValueKind.KEYS;
        String shown = hidden ? "(hidden)" : "'" + text + "'";
        String hint = spec.kind() == ValueKind.REMOVED ? " (" + spec.description() + ")" : "";
        return spec.key() + " (env " + spec.environmentVariable() + ") = " + shown + " " + reason + hint;
    }

    private static void checkCredentials(Map<String, Object> values, List<String> problems, List<String> warnings) {
        boolean dev = Boolean.TRUE.equals(values.get(DEV_MODE));
        boolean publicClient = Boolean.TRUE.equals(values.get(SSO_PUBLIC_CLIENT));
        List<String> missing = new ArrayList<>();
        for (String key : List.of(SSO_CLIENT_ID, SSO_CLIENT_SECRET, SSO_CALLBACK_URL)) {
            boolean optional = key.equals(SSO_CLIENT_SECRET) && publicClient;
            if (!values.containsKey(key) && !optional && !hasProblem(problems, key)) {
                missing.add(key);
            }
        }
        for (String key : missing) {
            String message = key + " (env " + KeyCatalog.get(key).environmentVariable()
                    + ") is missing: it is required for EVE SSO";
            if (dev) {
                warnings.add(message + " (ignored because " + DEV_MODE + "=true)");
            } else {
                problems.add(message + " (set " + DEV_MODE + "=true to only warn during development)");
            }
        }
        if (publicClient && values.containsKey(SSO_CLIENT_SECRET)) {
            warnings.add(SSO_CLIENT_SECRET + " is set although " + SSO_PUBLIC_CLIENT + "=true; the secret is not used");
        }
        if (publicClient && Boolean.FALSE.equals(values.get(SSO_PKCE))) {
            problems.add(SSO_PKCE + " = 'false' is not allowed with " + SSO_PUBLIC_CLIENT
                    + "=true: a public client authenticates with PKCE only");
        }
    }

    private static boolean hasProblem(List<String> problems, String key) {
        return problems.stream().anyMatch(p -> p.startsWith(key + " "));
    }

    private static void checkEncryption(Map<String, Object> values, List<String> problems) {
        Object active = values.get(TOKEN_ENCRYPTION_ACTIVE_KEY);
        Object keys = values.get(TOKEN_ENCRYPTION_KEYS);
        if (active == null) {
            return;
        }
        if (!(keys instanceof Map<?, ?> map) || !map.containsKey(active)) {
            problems.add(TOKEN_ENCRYPTION_ACTIVE_KEY + " = '" + active + "' is not one of the key ids in "
                    + TOKEN_ENCRYPTION_KEYS);
        }
    }

    private static void checkIdentity(Map<String, Object> values, List<String> warnings) {
        if (!values.containsKey(APP_NAME)) {
            warnings.add(APP_NAME + " is not set: CCP asks every ESI client to identify itself in the User-Agent");
        }
        if (!values.containsKey(USER_CONTACT_EMAIL)) {
            warnings.add(USER_CONTACT_EMAIL + " is not set: CCP asks for a contact address in the User-Agent");
        }
    }

    /**
     * @param values parsed values
     * @return a description listing every set key, with secrets and keys redacted
     */
    public static String describe(Map<String, Object> values) {
        StringJoiner joiner = new StringJoiner(", ", "EsiConfig[", "]");
        for (KeySpec spec : KeyCatalog.all()) {
            Object value = values.get(spec.key());
            if (value == null) {
                continue;
            }
            boolean hidden = spec.kind() == ValueKind.SECRET || spec.kind() == ValueKind.KEYS;
            joiner.add(spec.key() + "=" + (hidden ? "***" : value));
        }
        return joiner.toString();
    }
}
