package dev.esi4j.internal.config;

/** Renders the configuration reference table of {@code docs/configuration.md} from the {@link KeyCatalog}. */
public final class ConfigDocs {

    /** Marker line before the generated table. */
    public static final String START = "<!-- config-table:start (generated from KeyCatalog; do not edit) -->";
    /** Marker line after the generated table. */
    public static final String END = "<!-- config-table:end -->";

    private ConfigDocs() {
    }

    /** @return the Markdown table: key, environment variable, default, meaning, django-esi setting */
    public static String table() {
        StringBuilder out = new StringBuilder();
        out.append("| Key | Environment variable | Default | Meaning | django-esi setting |\n");
        out.append("|---|---|---|---|---|\n");
        for (KeySpec spec : KeyCatalog.all()) {
            out.append("| `").append(spec.key()).append("` | `").append(spec.environmentVariable()).append("` | ")
                    .append(spec.defaultValue() == null ? "—" : "`" + spec.defaultValue() + "`").append(" | ")
                    .append(spec.description().replace("|", "\\|")).append(" | ")
                    .append(spec.djangoSetting() == null ? "—" : "`" + spec.djangoSetting() + "`").append(" |\n");
        }
        return out.toString();
    }
}
