package dev.esi4j.simulator.internal.esi;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import java.util.UUID;

/** Generates strings, numbers and booleans honouring enum, format, minimum/maximum and lengths. */
final class ScalarGenerator {

    private static final long EPOCH_2024 = 1_704_067_200L;
    private static final long TWO_YEARS = 2L * 365 * 86_400;

    JsonValue scalar(JsonObject schema, String type, String property, GenContext ctx) {
        SplittableRandom r = ctx.random();
        JsonArray enumValues = schema.getJsonArray("enum");
        if (enumValues != null && !enumValues.isEmpty()) {
            return enumValues.get(r.nextInt(enumValues.size()));
        }
        switch (type) {
            case "integer": return Json.createValue(integer(schema, property, ctx));
            case "number": return Json.createValue(number(schema, r));
            case "boolean": return r.nextBoolean() ? JsonValue.TRUE : JsonValue.FALSE;
            default: return Json.createValue(string(schema, property, ctx));
        }
    }

    private long integer(JsonObject schema, String property, GenContext ctx) {
        Long echoed = ctx.echo(property);
        if (echoed != null) {
            return echoed;
        }
        long min = bound(schema, "minimum", Long.MIN_VALUE);
        long max = bound(schema, "maximum", Long.MAX_VALUE);
        Long id = IdRanges.id(property, ctx.random());
        boolean int32 = "int32".equals(schema.getString("format", ""));
        if (id != null && id >= min && id <= max && (!int32 || id <= Integer.MAX_VALUE)) {
            return id;
        }
        long lo = Math.max(min, 0);
        long hi = Math.min(max, lo + 10_000);
        return lo >= hi ? lo : ctx.random().nextLong(lo, hi + 1);
    }

    private static long bound(JsonObject schema, String key, long fallback) {
        JsonValue v = schema.get(key);
        return v instanceof JsonNumber n ? n.longValue() : fallback;
    }

    private static double number(JsonObject schema, SplittableRandom r) {
        double min = schema.get("minimum") instanceof JsonNumber n ? n.doubleValue() : 0;
        double max = schema.get("maximum") instanceof JsonNumber n ? n.doubleValue() : min + 10_000;
        return Math.round((min + r.nextDouble() * (max - min)) * 100) / 100.0;
    }

    private String string(JsonObject schema, String property, GenContext ctx) {
        SplittableRandom r = ctx.random();
        String format = schema.getString("format", "");
        switch (format) {
            case "date-time":
                return Instant.ofEpochSecond(EPOCH_2024 + r.nextLong(TWO_YEARS)).toString();
            case "date":
                return LocalDate.ofInstant(Instant.ofEpochSecond(EPOCH_2024 + r.nextLong(TWO_YEARS)),
                        ZoneOffset.UTC).toString();
            case "uuid":
                return new UUID(r.nextLong(), r.nextLong()).toString();
            default:
                return text(schema, property, ctx);
        }
    }

    private static String text(JsonObject schema, String property, GenContext ctx) {
        String base = (property == null ? "value" : property.replace('_', ' ')) + " " + ctx.random().nextInt(100_000);
        if (!"en".equals(ctx.language())) {
            base = "[" + ctx.language() + "] " + base;
        }
        int max = schema.getInt("maxLength", Integer.MAX_VALUE);
        int min = schema.getInt("minLength", 0);
        StringBuilder s = new StringBuilder(base.length() > max ? base.substring(0, max) : base);
        while (s.length() < min) {
            s.append('x');
        }
        return s.toString();
    }
}
