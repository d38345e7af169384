package dev.esi4j.typed.generator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * Generates the typed API: records for response and body schemas ({@code <package>.model}) and one class per tag
 * plus an {@code EsiApi} facade ({@code <package>}).
 *
 * <p>Usage: {@code TypedApiGenerator <spec.json> <output dir> <package>}.
 */
public final class TypedApiGenerator {

    private TypedApiGenerator() {
    }

    /**
     * @param args spec file, output directory, base package
     * @throws IOException when reading or writing fails
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: TypedApiGenerator <spec.json> <output dir> <package>");
        }
        generate(Path.of(args[0]), Path.of(args[1]), args[2]);
    }

    /**
     * @param spec        OpenAPI 3.x JSON document
     * @param output      source root to write into
     * @param basePackage package of the tag classes; records go to {@code basePackage.model}
     * @return the number of operations generated
     * @throws IOException when reading or writing fails
     */
    public static int generate(Path spec, Path output, String basePackage) throws IOException {
        JsonObject document; // parsson directly: the build classpath may carry several JSON-P APIs
        try (InputStream in = Files.newInputStream(spec); JsonReader reader = new org.eclipse.parsson.JsonProviderImpl().createReader(in)) {
            document = reader.readObject();
        }
        String date = document.getJsonObject("info").getString("version");
        List<OperationDef> operations = OperationDef.readAll(document);
        TypeResolver types = new TypeResolver(document.getJsonObject("components"));
        Map<String, List<OperationDef>> byTag = operations.stream()
                .collect(Collectors.groupingBy(OperationDef::tag, TreeMap::new, Collectors.toList()));
        // First pass: resolve all types so every record name is known before tag classes are rendered.
        for (OperationDef op : operations) {
            resolveAll(types, op);
        }
        String modelPackage = basePackage + ".model";
        RecordWriter records = new RecordWriter(new SourceWriter(output, modelPackage));
        Set<String> recordNames = types.records().stream().map(RecordDef::name).collect(Collectors.toSet());
        TagWriter tags = new TagWriter(new SourceWriter(output, basePackage), types, modelPackage, recordNames);
        for (Map.Entry<String, List<OperationDef>> tag : byTag.entrySet()) {
            tags.write(tag.getKey(), tag.getValue(), date);
        }
        for (RecordDef record : types.records()) {
            records.write(record);
        }
        new FacadeWriter(new SourceWriter(output, basePackage)).write(new LinkedHashMap<>(byTag), date);
        return operations.size();
    }

    private static void resolveAll(TypeResolver types, OperationDef op) {
        if (op.result() != null) {
            types.resolve(op.result(), JavaNames.pascal(op.id()));
        }
        if (op.bodySchema() != null) {
            types.resolve(op.bodySchema(), JavaNames.pascal(op.id()) + "Body");
        }
        op.params().forEach(p -> types.resolve(p.schema(), JavaNames.pascal(op.id() + "_" + p.name())));
    }
}
