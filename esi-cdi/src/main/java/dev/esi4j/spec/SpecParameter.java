package dev.esi4j.spec;

/**
 * One parameter of an operation.
 *
 * @param name         name as in the spec (e.g. {@code type_id}, {@code Accept-Language})
 * @param location     where it is sent
 * @param required     whether the call must supply it
 * @param description  the spec's description, possibly empty
 * @param type         schema facts used for validation
 * @param defaultValue the spec's default as text; {@code null} when none
 * @since 0.1
 */
public record SpecParameter(String name, ParameterLocation location, boolean required, String description,
        SpecType type, String defaultValue) {
}
