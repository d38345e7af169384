package dev.esi4j.spec;

import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON schema facts of a parameter or request body that esi4j validates before sending.
 *
 * @param type       JSON type ({@code integer}, {@code number}, {@code string}, {@code boolean}, {@code array},
 *                   {@code object}); {@code null} when the schema names none
 * @param format     format such as {@code int32}, {@code int64}, {@code date}; {@code null} when absent
 * @param enumValues allowed values as text; empty when any value is allowed
 * @param minimum    inclusive minimum; {@code null} when absent
 * @param maximum    inclusive maximum; {@code null} when absent
 * @param items      element schema of an array; {@code null} for other types
 * @param maxItems   maximum array length; {@code null} when unbounded
 * @since 0.1
 */
public record SpecType(String type, String format, List<String> enumValues, BigDecimal minimum,
        BigDecimal maximum, SpecType items, Integer maxItems) {

    /** Copies the enum list. */
    public SpecType {
        enumValues = List.copyOf(enumValues);
    }

    /** @return a short text such as {@code integer(int32)} or {@code array<integer(int64)>} */
    public String describe() {
        String base = type == null ? "any" : type;
        if (format != null) {
            base += "(" + format + ")";
        }
        if (items != null) {
            base += "<" + items.describe() + ">";
        }
        if (!enumValues.isEmpty()) {
            base += " one of " + enumValues;
        }
        return base;
    }
}
