package dev.esi4j.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.esi4j.internal.spec.OperationText;

/**
 * An immutable catalog of one loaded ESI OpenAPI document.
 *
 * <pre>
 * EsiSpec spec = esi.spec();
 * List&lt;String&gt; tags = spec.tags().stream().map(SpecTag::name).toList();
 * String text = spec.operation("get_universe_types_type_id").map(SpecOperation::describe).orElse("");
 * </pre>
 *
 * @since 0.1
 */
public final class EsiSpec {

    private final String title;
    private final String version;
    private final String openApiVersion;
    private final List<SpecTag> tags;
    private final Map<String, SpecOperation> byId = new LinkedHashMap<>();
    private final Map<String, SpecOperation> byAlias = new LinkedHashMap<>();

    /**
     * @param title          the document title
     * @param version        {@code info.version}: for ESI the compatibility date the document describes
     * @param openApiVersion the {@code openapi} field, e.g. {@code 3.1.0}
     * @param tags           tags with their operations
     * @param operations     every operation, in spec order
     */
    public EsiSpec(String title, String version, String openApiVersion, List<SpecTag> tags,
            List<SpecOperation> operations) {
        this.title = title;
        this.version = version;
        this.openApiVersion = openApiVersion;
        this.tags = List.copyOf(tags);
        for (SpecOperation op : operations) {
            byId.put(op.id(), op);
            byAlias.put(op.snakeCaseId(), op);
            byAlias.put(op.id().toLowerCase(java.util.Locale.ROOT), op);
        }
    }

    /** @return the document title */
    public String title() {
        return title;
    }

    /** @return {@code info.version}; for ESI documents the compatibility date they describe */
    public String version() {
        return version;
    }

    /** @return the OpenAPI version of the document */
    public String openApiVersion() {
        return openApiVersion;
    }

    /** @return every tag, in spec order */
    public List<SpecTag> tags() {
        return tags;
    }

    /**
     * @param name tag name, case-insensitive
     * @return the tag, empty when unknown
     */
    public Optional<SpecTag> tag(String name) {
        return tags.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /** @return every operation, in spec order */
    public List<SpecOperation> operations() {
        return List.copyOf(byId.values());
    }

    /**
     * @param idOrAlias an operation id ({@code GetStatus}) or its snake_case alias ({@code get_status})
     * @return the operation, empty when unknown
     */
    public Optional<SpecOperation> operation(String idOrAlias) {
        SpecOperation op = byId.get(idOrAlias);
        if (op == null) {
            op = byAlias.get(idOrAlias.toLowerCase(java.util.Locale.ROOT));
        }
        if (op == null) {
            op = byAlias.get(OperationText.snakeCase(idOrAlias));
        }
        return Optional.ofNullable(op);
    }

    @Override
    public String toString() {
        return "EsiSpec[" + title + " " + version + ", " + byId.size() + " operations]";
    }
}
