package dev.esi4j.typed.generator;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders one class per tag with a typed method (and a request-returning variant) per operation. */
final class TagWriter {

    private static final Pattern SIMPLE_NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9]*\\b");
    private static final Map<String, String> UNBOXED = Map.of("Long", "long", "Integer", "int", "Double", "double",
            "Boolean", "boolean");

    private final SourceWriter out;
    private final TypeResolver types;
    private final String modelPackage;
    private final Set<String> recordNames;

    TagWriter(SourceWriter out, TypeResolver types, String modelPackage, Set<String> recordNames) {
        this.out = out;
        this.types = types;
        this.modelPackage = modelPackage;
        this.recordNames = recordNames;
    }

    /** @return the class name of a tag's API class */
    static String className(String tag) {
        return JavaNames.pascal(tag) + "Api";
    }

    void write(String tag, List<OperationDef> operations, String compatibilityDate) throws IOException {
        String name = className(tag);
        StringBuilder b = new StringBuilder();
        b.append("/**\n * Typed operations of the ESI tag {@code ").append(tag).append("} (compatibility date ")
                .append(compatibilityDate).append("), sent through {@link dev.esi4j.EsiClient} with its caching, paging,\n"
                        + " * limits and retries. Each operation also has a {@code ...Request} variant returning the "
                        + "dynamic request\n * for further options (language, optional parameters, page, "
                        + "{@code withResponse()}).\n */\n");
        b.append("public final class ").append(name).append(" {\n\n    private final dev.esi4j.EsiClient esi;\n\n")
                .append("    /** @param esi the client used for every call */\n    public ").append(name)
                .append("(dev.esi4j.EsiClient esi) {\n        this.esi = java.util.Objects.requireNonNull(esi);\n    }\n");
        for (OperationDef op : operations) {
            method(b, op);
        }
        b.append("}\n");
        out.write(name, b.toString());
    }

    private void method(StringBuilder b, OperationDef op) {
        List<String[]> args = arguments(op);
        String signature = signature(args);
        String callArgs = String.join(", ", args.stream().map(a -> a[1]).toList());
        String method = JavaNames.camel(op.id());
        String returned = qualify(op.result() == null ? "void" : types.resolve(op.result(), JavaNames.pascal(op.id())));
        String[] mapping = mapping(returned);
        b.append("\n    /**\n     * ").append(JavaNames.doc(op.summary())).append("\n     * <p>{@code ")
                .append(op.method()).append(' ').append(op.path()).append("}, operation {@code ").append(op.id())
                .append("}").append(op.scopes().isEmpty() ? "" : ", scopes {@code " + String.join(" ", op.scopes()) + "}")
                .append(op.paged() ? "; returns all pages" : "").append(".\n     *\n");
        args.forEach(a -> b.append("     * @param ").append(a[1]).append(' ').append(a[2]).append('\n'));
        b.append(mapping[0].equals("void") ? "" : "     * @return the response data\n").append("     */\n");
        b.append("    public ").append(mapping[0]).append(' ').append(method).append('(').append(signature).append(") {\n")
                .append("        ").append(mapping[0].equals("void") ? "" : "return ").append(method).append("Request(")
                .append(callArgs).append(')').append(mapping[1]).append(";\n    }\n");
        b.append("\n    /**\n     * The dynamic request behind {@link #").append(method).append("}.\n     *\n");
        args.forEach(a -> b.append("     * @param ").append(a[1]).append(' ').append(a[2]).append('\n'));
        b.append("     * @return the request, ready to configure further or send\n     */\n");
        b.append("    public dev.esi4j.EsiRequest ").append(method).append("Request(").append(signature).append(") {\n")
                .append("        return esi.operation(").append(JavaNames.literal(op.id())).append(')');
        for (String[] a : args) {
            b.append(switch (a[3]) {
                case "token" -> ".token(token)";
                case "body" -> ".body(body)";
                default -> ".param(" + JavaNames.literal(a[3]) + ", " + a[1] + ")";
            });
        }
        b.append(";\n    }\n");
    }

    /** @return {type, name, doc, specName | "token" | "body"} per argument */
    private List<String[]> arguments(OperationDef op) {
        List<String[]> args = new ArrayList<>();
        if (!op.scopes().isEmpty()) {
            args.add(new String[] {"dev.esi4j.token.Token", "token",
                "the character's token (refreshed when needed; supplies {@code character_id})", "token"});
        }
        for (OperationDef.Param p : op.params()) {
            if (p.name().equals("character_id") && op.characterFromToken()) {
                continue;
            }
            String type = qualify(types.resolve(p.schema(), JavaNames.pascal(op.id() + "_" + p.name())));
            String doc = JavaNames.doc(p.schema() == null ? "" : p.schema().getString("description", ""));
            args.add(new String[] {UNBOXED.getOrDefault(type, type), JavaNames.camel(p.name()),
                doc.isEmpty() ? "{@code " + p.name() + "}" : doc, p.name()});
        }
        if (op.bodySchema() != null) {
            args.add(new String[] {qualify(types.resolve(op.bodySchema(), JavaNames.pascal(op.id()) + "Body")), "body",
                "the request body", "body"});
        }
        return args;
    }

    private static String signature(List<String[]> args) {
        return String.join(", ", args.stream().map(a -> a[0] + " " + a[1]).toList());
    }

    /** @return {return type, call suffix} */
    private static String[] mapping(String type) {
        if (type.equals("void")) {
            return new String[] {"void", ".result()"};
        }
        if (type.equals("jakarta.json.JsonValue")) {
            return new String[] {type, ".result()"};
        }
        if (type.startsWith("java.util.List<")) {
            String element = type.substring("java.util.List<".length(), type.length() - 1);
            return element.contains("<") || element.startsWith("jakarta.json")
                    ? new String[] {"jakarta.json.JsonArray", ".results()"}
                    : new String[] {type, ".asListOf(" + element + ".class)"};
        }
        if (type.contains("<") || type.equals("jakarta.json.JsonObject")) {
            return new String[] {"jakarta.json.JsonObject", ".result().asJsonObject()"};
        }
        return new String[] {type, ".as(" + type + ".class)"};
    }

    private String qualify(String type) {
        Matcher m = SIMPLE_NAME.matcher(type);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String simple = m.group();
            boolean precededByDot = m.start() > 0 && type.charAt(m.start() - 1) == '.';
            m.appendReplacement(sb, !precededByDot && recordNames.contains(simple) ? modelPackage + "." + simple : simple);
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
