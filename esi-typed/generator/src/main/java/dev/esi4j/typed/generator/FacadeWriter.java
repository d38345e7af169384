package dev.esi4j.typed.generator;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** Renders {@code EsiApi}: one accessor per tag class, injectable in CDI. */
final class FacadeWriter {

    private final SourceWriter out;

    FacadeWriter(SourceWriter out) {
        this.out = out;
    }

    void write(Map<String, List<OperationDef>> byTag, String date) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("/**\n * The typed ESI API for compatibility date ").append(date).append(", generated from the bundled spec.\n")
                .append(" * <pre>\n * &#64;Inject EsiApi api;\n * StatusGet status = api.status().getStatus();\n")
                .append(" * List&lt;MarketsRegionIdOrdersGetItem&gt; orders = api.market()\n")
                .append(" *         .getMarketsRegionIdOrders(\"all\", 10000002L);\n * </pre>\n")
                .append(" * Without CDI: {@code new EsiApi(esiClient)}. For other compatibility dates use the dynamic API\n")
                .append(" * ({@code esi.operation(...)}).\n */\n");
        b.append("@jakarta.enterprise.context.ApplicationScoped\npublic class EsiApi {\n\n")
                .append("    /** Compatibility date of the spec this API was generated from. */\n")
                .append("    public static final String COMPATIBILITY_DATE = ").append(JavaNames.literal(date)).append(";\n\n");
        for (String tag : byTag.keySet()) {
            b.append("    private ").append(TagWriter.className(tag)).append(' ').append(field(tag)).append(";\n");
        }
        b.append("\n    /** For CDI proxies only. */\n    protected EsiApi() {\n    }\n\n")
                .append("    /** @param esi the client used for every call */\n    @jakarta.inject.Inject\n")
                .append("    public EsiApi(dev.esi4j.EsiClient esi) {\n");
        for (String tag : byTag.keySet()) {
            b.append("        this.").append(field(tag)).append(" = new ").append(TagWriter.className(tag)).append("(esi);\n");
        }
        b.append("    }\n");
        for (String tag : byTag.keySet()) {
            b.append("\n    /** @return operations of the tag {@code ").append(tag).append("} */\n    public ")
                    .append(TagWriter.className(tag)).append(' ').append(field(tag)).append("() {\n        return ")
                    .append(field(tag)).append(";\n    }\n");
        }
        b.append("}\n");
        out.write("EsiApi", b.toString());
    }

    private static String field(String tag) {
        return JavaNames.camel(tag);
    }
}
