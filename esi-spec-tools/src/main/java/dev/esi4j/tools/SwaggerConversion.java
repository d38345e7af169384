package dev.esi4j.tools;

import java.util.List;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.converter.SwaggerConverter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * Swagger 2.0 to OpenAPI 3.0 with swagger-parser's v2 converter.
 *
 * <pre>
 * String openapi = SwaggerConversion.toOpenApiJson(Files.readString(Path.of("swagger.json")));
 * </pre>
 *
 * @since 0.1
 */
public final class SwaggerConversion {

    private SwaggerConversion() {
    }

    /**
     * @param swaggerJson a Swagger 2.0 document
     * @return the OpenAPI 3.0 document as pretty JSON
     * @throws IllegalArgumentException when the input cannot be converted
     */
    public static String toOpenApiJson(String swaggerJson) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new SwaggerConverter().readContents(swaggerJson, List.of(), options);
        OpenAPI api = result == null ? null : result.getOpenAPI();
        if (api == null) {
            throw new IllegalArgumentException("not a convertible Swagger 2.0 document: "
                    + (result == null ? "no result" : result.getMessages()));
        }
        return Json.pretty(api);
    }
}
