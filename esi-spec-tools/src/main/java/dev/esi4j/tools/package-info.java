/**
 * Command-line spec tools: converts a legacy ESI Swagger 2.0 document to OpenAPI 3 JSON that the esi4j runtime
 * reads ({@code esi.spec-file}). Heavy (swagger-parser); never a runtime dependency of an application.
 */
package dev.esi4j.tools;
