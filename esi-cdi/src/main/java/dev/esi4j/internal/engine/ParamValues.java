package dev.esi4j.internal.engine;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;

import dev.esi4j.EsiParameterException;
import dev.esi4j.spec.SpecType;

/** Checks a parameter value against its schema and renders it as wire text. */
final class ParamValues {

    private static final BigDecimal INT32_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT32_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal INT64_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal INT64_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private ParamValues() {
    }

    /**
     * @return the wire text (arrays comma separated)
     * @throws EsiParameterException naming operation and parameter
     */
    static String text(String operationId, String name, SpecType type, Object value) {
        if (value == null) {
            throw new EsiParameterException(operationId, name, "is null");
        }
        if ("array".equals(type.type())) {
            List<Object> items = asList(value);
            if (type.maxItems() != null && items.size() > type.maxItems()) {
                throw new EsiParameterException(operationId, name, "has " + items.size()
                        + " items, at most " + type.maxItems() + " allowed");
            }
            List<String> texts = new ArrayList<>();
            SpecType itemType = type.items() == null ? new SpecType(null, null, List.of(), null, null, null, null)
                    : type.items();
            items.forEach(item -> texts.add(text(operationId, name, itemType, item)));
            return String.join(",", texts);
        }
        String text = scalar(operationId, name, type, unwrap(value));
        if (!type.enumValues().isEmpty() && !type.enumValues().contains(text)) {
            throw new EsiParameterException(operationId, name, "is '" + text + "', must be one of "
                    + type.enumValues());
        }
        return text;
    }

    private static Object unwrap(Object value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value;
    }

    private static String scalar(String op, String name, SpecType type, Object value) {
        String t = type.type() == null ? "string" : type.type();
        return switch (t) {
            case "integer" -> integer(op, name, type, value);
            case "number" -> number(op, name, type, value).toPlainString();
            case "boolean" -> bool(op, name, value);
            default -> scalarText(op, name, value);
        };
    }

    private static String scalarText(String op, String name, Object value) {
        if (value instanceof Collection<?> || value.getClass().isArray()) {
            throw new EsiParameterException(op, name, "must be a single value, not a list");
        }
        return value.toString();
    }

    private static String integer(String op, String name, SpecType type, Object value) {
        BigDecimal n = number(op, name, type, value);
        if (n.stripTrailingZeros().scale() > 0) {
            throw new EsiParameterException(op, name, "must be a whole number, got " + value);
        }
        boolean int32 = "int32".equals(type.format());
        BigDecimal min = int32 ? INT32_MIN : INT64_MIN;
        BigDecimal max = int32 ? INT32_MAX : INT64_MAX;
        if (n.compareTo(min) < 0 || n.compareTo(max) > 0) {
            throw new EsiParameterException(op, name, "is " + n.toPlainString() + ", outside the "
                    + (int32 ? "int32" : "int64") + " range");
        }
        return n.toBigInteger().toString();
    }

    private static BigDecimal number(String op, String name, SpecType type, Object value) {
        BigDecimal n;
        if (value instanceof BigDecimal d) {
            n = d;
        } else if (value instanceof BigInteger i) {
            n = new BigDecimal(i);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            n = BigDecimal.valueOf(((Number) value).longValue());
        } else if (value instanceof Number num) {
            n = BigDecimal.valueOf(num.doubleValue());
        } else {
            try {
                n = new BigDecimal(value.toString().trim());
            } catch (NumberFormatException e) {
                throw new EsiParameterException(op, name, "must be a number, got '" + value + "'");
            }
        }
        if (type.minimum() != null && n.compareTo(type.minimum()) < 0) {
            throw new EsiParameterException(op, name, "is " + n.toPlainString() + ", minimum is "
                    + type.minimum().toPlainString());
        }
        if (type.maximum() != null && n.compareTo(type.maximum()) > 0) {
            throw new EsiParameterException(op, name, "is " + n.toPlainString() + ", maximum is "
                    + type.maximum().toPlainString());
        }
        return n;
    }

    private static String bool(String op, String name, Object value) {
        String text = value.toString();
        if (value instanceof Boolean || "true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
            return text.toLowerCase(java.util.Locale.ROOT);
        }
        throw new EsiParameterException(op, name, "must be true or false, got '" + value + "'");
    }

    static List<Object> asList(Object value) {
        List<Object> out = new ArrayList<>();
        if (value instanceof Collection<?> c) {
            out.addAll(c);
        } else if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                out.add(Array.get(value, i));
            }
        } else {
            out.add(value);
        }
        return out;
    }
}
