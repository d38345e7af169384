package dev.esi4j.internal.spec;

import java.util.Locale;

import dev.esi4j.spec.SpecOperation;
import dev.esi4j.spec.SpecParameter;

/** Text helpers for operations: snake_case aliases and {@code describe()}. */
public final class OperationText {

    private OperationText() {
    }

    /**
     * @param id an operation id such as {@code GetUniverseTypesTypeId}
     * @return {@code get_universe_types_type_id}
     */
    public static String snakeCase(String id) {
        StringBuilder out = new StringBuilder(id.length() + 8);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && id.charAt(i - 1) != '_') {
                out.append('_');
            }
            out.append(c == '-' || c == ' ' ? '_' : Character.toLowerCase(c));
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * @param op an operation
     * @return multi-line description
     */
    public static String describe(SpecOperation op) {
        StringBuilder out = new StringBuilder();
        out.append(op.id()).append(" (").append(op.snakeCaseId()).append(")\n");
        out.append("  ").append(op.method()).append(' ').append(op.path()).append('\n');
        if (!op.summary().isEmpty()) {
            out.append("  ").append(op.summary()).append('\n');
        }
        out.append("  tags: ").append(String.join(", ", op.tags())).append('\n');
        for (SpecParameter p : op.parameters()) {
            out.append("  param ").append(p.name()).append(" [").append(p.location().name().toLowerCase(Locale.ROOT))
                    .append(p.required() ? ", required" : "").append("] ").append(p.type().describe());
            if (p.defaultValue() != null) {
                out.append(" default ").append(p.defaultValue());
            }
            out.append('\n');
        }
        if (op.body() != null) {
            out.append("  body ").append(op.body().describe()).append(op.bodyRequired() ? " (required)" : "")
                    .append('\n');
        }
        out.append("  scopes: ").append(op.scopes().isEmpty() ? "none (public)" : String.join(" ", op.scopes()))
                .append('\n');
        out.append("  pagination: ").append(op.pagination().name().toLowerCase(Locale.ROOT)).append('\n');
        if (op.rateLimit() != null) {
            out.append("  rate limit: ").append(op.rateLimit().group()).append(' ').append(op.rateLimit().maxTokens())
                    .append(" tokens / ").append(op.rateLimit().window()).append('\n');
        }
        if (op.cacheAge() != null) {
            out.append("  cache age: ").append(op.cacheAge()).append(" s\n");
        }
        return out.toString();
    }
}
