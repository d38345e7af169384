package dev.esi4j.typed.generator;

import java.util.List;

/**
 * A record to generate.
 *
 * @param name        simple class name
 * @param description schema description
 * @param fields      components in spec order
 */
record RecordDef(String name, String description, List<Field> fields) {

    /**
     * One record component.
     *
     * @param jsonName    property name in JSON
     * @param javaName    component name
     * @param type        Java type (boxed)
     * @param description property description
     * @param required    whether the schema requires it
     */
    record Field(String jsonName, String javaName, String type, String description, boolean required) {
    }
}
