package dev.esi4j.internal.config;

/** What a configuration value must look like; each kind has one parser in {@link ValueParsers}. */
public enum ValueKind {
    /** Free text. */
    TEXT,
    /** Free text that is never shown (client secret). */
    SECRET,
    /** Absolute http(s) URL. */
    URL,
    /** Absolute http(s) URL kept as text, or {@code none} to switch the feature off (MicroProfile Config treats an
     * empty value as missing, so "empty" cannot mean off). */
    OPTIONAL_URL,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** Integer &gt;= 0. */
    COUNT,
    /** Integer &gt;= 1. */
    POSITIVE,
    /** Non-negative decimal number. */
    DECIMAL,
    /** Non-negative duration. */
    DURATION,
    /** ESI compatibility date. */
    COMPAT_DATE,
    /** {@code Tag=YYYY-MM-DD} pairs. */
    TAG_DATES,
    /** Comma-separated list of language codes. */
    LANGUAGE_LIST,
    /** One language code. */
    LANGUAGE,
    /** {@code id=base64} AES keys. */
    KEYS,
    /** E-mail address. */
    EMAIL,
    /** Application name without spaces. */
    APP_NAME_TEXT,
    /** {@code wait} or {@code fail}. */
    LIMIT_MODE,
    /** ESI tenant. */
    DATASOURCE,
    /** A key that no longer exists and must not be set. */
    REMOVED,
    /** Six-field calendar schedule. */
    SCHEDULE
}
