package dev.esi4j.typed.generator;

import java.io.IOException;

/** Renders {@link RecordDef}s as Java records mapped with JSON-B. */
final class RecordWriter {

    private final SourceWriter out;

    RecordWriter(SourceWriter out) {
        this.out = out;
    }

    void write(RecordDef record) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("/**\n * ").append(orDefault(JavaNames.doc(record.description()), "ESI model " + record.name() + "."))
                .append("\n *\n");
        for (RecordDef.Field f : record.fields()) {
            b.append(" * @param ").append(f.javaName()).append(' ')
                    .append(orDefault(JavaNames.doc(f.description()), "{@code " + f.jsonName() + "}."))
                    .append(f.required() ? "" : " Optional: may be {@code null}.").append('\n');
        }
        b.append(" */\npublic record ").append(record.name()).append("(\n");
        for (int i = 0; i < record.fields().size(); i++) {
            RecordDef.Field f = record.fields().get(i);
            b.append("        @jakarta.json.bind.annotation.JsonbProperty(").append(JavaNames.literal(f.jsonName()))
                    .append(") ").append(f.type()).append(' ').append(f.javaName())
                    .append(i + 1 < record.fields().size() ? ",\n" : ") {\n}\n");
        }
        if (record.fields().isEmpty()) {
            b.append(") {\n}\n");
        }
        out.write(record.name(), b.toString());
    }

    private static String orDefault(String text, String fallback) {
        return text.isEmpty() ? fallback : text;
    }
}
