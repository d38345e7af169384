package dev.esi4j.internal.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.smallrye.openapi.api.SmallRyeOpenAPI;

import dev.esi4j.spec.EsiSpec;
import dev.esi4j.spec.SpecOperation;
import dev.esi4j.spec.SpecParameter;

/**
 * ARCHITECTURE "Reading specs": the runtime JSON-P catalog must agree with the reference reader (SmallRye OpenAPI
 * 4.x) on every bundled spec: operations, methods, tags, parameters (location, required, type, format, enum),
 * request bodies, scopes, rate-limit groups and cache ages. The 3.0.3 YAML is read by SmallRye, serialised to
 * JSON and then read by the runtime reader (which reads JSON only).
 */
class SmallRyeAgreementTest {

    @ParameterizedTest
    @ValueSource(strings = {SpecSources.BUNDLED, "/specs/esi-openapi-3.1-2020-01-01-compat.json",
        "/specs/esi-openapi-3.0.3-2026-08-18-generator-normalized.yaml"})
    void runtimeCatalog_agreesWithSmallRye(String resource) {
        SmallRyeOpenAPI reference = smallRye(() -> SmallRyeAgreementTest.class.getResourceAsStream(resource));
        OpenAPI model = reference.model();
        EsiSpec spec = resource.endsWith(".yaml")
                ? OpenApiReader.read(new ByteArrayInputStream(reference.toJSON().getBytes(StandardCharsets.UTF_8)),
                        resource)
                : SpecSources.classpath(resource);
        List<String> expected = new ArrayList<>();
        model.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, op) -> expected.add(describe(model, path, method, op))));
        List<String> actual = spec.operations().stream().map(SmallRyeAgreementTest::describe).toList();
        assertThat(actual).hasSameSizeAs(expected).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(spec.version()).isEqualTo(model.getInfo().getVersion());
        assertThat(spec.tags().stream().map(t -> t.name()).toList())
                .containsAll(model.getTags().stream().map(t -> t.getName()).toList());
    }

    private static SmallRyeOpenAPI smallRye(Supplier<InputStream> file) {
        return SmallRyeOpenAPI.builder().withConfig(ConfigProvider.getConfig()).enableModelReader(false)
                .enableStandardStaticFiles(false).enableAnnotationScan(false).enableStandardFilter(false)
                .withCustomStaticFile(file).build();
    }

    private static String describe(SpecOperation op) {
        StringBuilder b = new StringBuilder(op.method() + " " + op.path() + " " + op.id() + " tags=" + op.tags());
        new TreeSet<>(op.parameters().stream().map(SmallRyeAgreementTest::describe).toList())
                .forEach(p -> b.append(' ').append(p));
        b.append(" body=").append(op.body() == null ? "-" : op.body().type());
        b.append(" scopes=").append(new TreeSet<>(op.scopes()));
        b.append(" rate=").append(op.rateLimit() == null ? "-" : op.rateLimit().group());
        b.append(" cache=").append(op.cacheAge());
        return b.toString();
    }

    private static String describe(SpecParameter p) {
        return p.location().name().toLowerCase(Locale.ROOT) + ":" + p.name() + (p.required() ? "!" : "") + ":"
                + p.type().type() + ":" + p.type().format() + ":" + p.type().enumValues();
    }

    private static String describe(OpenAPI model, String path, PathItem.HttpMethod method, Operation op) {
        StringBuilder b = new StringBuilder(method.name() + " " + path + " " + op.getOperationId() + " tags="
                + (op.getTags() == null ? List.of() : op.getTags()));
        Set<String> params = new TreeSet<>();
        List<Parameter> all = new ArrayList<>();
        if (item(model, path).getParameters() != null) {
            all.addAll(item(model, path).getParameters());
        }
        if (op.getParameters() != null) {
            all.addAll(op.getParameters());
        }
        for (Parameter raw : all) {
            Parameter p = raw.getRef() != null ? model.getComponents().getParameters()
                    .get(raw.getRef().substring(raw.getRef().lastIndexOf('/') + 1)) : raw;
            if (!OpenApiReader.MANAGED.contains(p.getName().toLowerCase(Locale.ROOT))) {
                Schema s = schema(model, p.getSchema());
                params.add(p.getIn().name().toLowerCase(Locale.ROOT) + ":" + p.getName()
                        + (Boolean.TRUE.equals(p.getRequired()) ? "!" : "") + ":" + type(s) + ":"
                        + (s == null ? null : s.getFormat()) + ":" + enumeration(s));
            }
        }
        params.forEach(p -> b.append(' ').append(p));
        // SmallRye 4.3.3 surfaces requestBody.required as null; bodyRequired is checked in OpenApiReaderTest
        b.append(" body=").append(op.getRequestBody() == null ? "-" : type(schema(model, op.getRequestBody()
                .getContent().getMediaTypes().values().iterator().next().getSchema())));
        Set<String> scopes = new TreeSet<>();
        List<org.eclipse.microprofile.openapi.models.security.SecurityRequirement> security = op.getSecurity() != null
                ? op.getSecurity() : model.getSecurity();
        if (security != null) {
            security.forEach(r -> r.getSchemes().values().forEach(scopes::addAll));
        }
        b.append(" scopes=").append(scopes);
        Map<String, Object> ext = op.getExtensions() == null ? Map.of() : op.getExtensions();
        Object rate = ext.get("x-rate-limit");
        b.append(" rate=").append(rate instanceof Map<?, ?> m && m.get("group") != null ? m.get("group") : "-");
        Object age = ext.get("x-cache-age");
        b.append(" cache=").append(age == null ? null : Integer.valueOf(age.toString()));
        return b.toString();
    }

    private static PathItem item(OpenAPI model, String path) {
        return model.getPaths().getPathItem(path);
    }

    private static Schema schema(OpenAPI model, Schema s) {
        Schema current = s;
        for (int i = 0; current != null && current.getRef() != null && i < 10; i++) {
            current = model.getComponents().getSchemas()
                    .get(current.getRef().substring(current.getRef().lastIndexOf('/') + 1));
        }
        return current;
    }

    private static String type(Schema s) {
        if (s == null || s.getType() == null || s.getType().isEmpty()) {
            return s != null && s.getProperties() != null ? "object" : null;
        }
        return s.getType().stream().filter(t -> t != Schema.SchemaType.NULL).findFirst()
                .map(t -> t.toString().toLowerCase(Locale.ROOT)).orElse(null);
    }

    private static List<String> enumeration(Schema s) {
        return s == null || s.getEnumeration() == null ? List.of()
                : s.getEnumeration().stream().map(String::valueOf).toList();
    }
}
