package dev.esi4j.internal.config;

/**
 * One configuration key: its name, value kind, default (as text, {@code null} when none), meaning and the
 * django-esi setting it replaces ({@code null} when none).
 *
 * @param key          the MicroProfile Config key
 * @param kind         how the value is parsed and validated
 * @param defaultValue default as configuration text, or {@code null}
 * @param description  one-line meaning, as shown in the docs table
 * @param djangoSetting django-esi setting name or {@code null}
 */
public record KeySpec(String key, ValueKind kind, String defaultValue, String description, String djangoSetting) {

    /** @return the environment-variable form under MicroProfile Config's mapping rule */
    public String environmentVariable() {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(java.util.Locale.ROOT);
    }
}
