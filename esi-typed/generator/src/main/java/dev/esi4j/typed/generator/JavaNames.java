package dev.esi4j.typed.generator;

import java.util.Locale;
import java.util.Set;

/** Turns spec names into Java identifiers and javadoc text. */
final class JavaNames {

    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int",
            "interface", "long", "native", "new", "package", "private", "protected", "public", "return", "short",
            "static", "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try",
            "void", "volatile", "while", "true", "false", "null", "record", "var", "yield", "esi", "token");

    private JavaNames() {
    }

    /** @return {@code UpperCamelCase} of a name with separators ({@code region_id}, {@code Faction Warfare}) */
    static String pascal(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
                continue;
            }
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        if (out.length() == 0 || Character.isDigit(out.charAt(0))) {
            out.insert(0, 'T');
        }
        return out.toString();
    }

    /** @return {@code lowerCamelCase}, never a Java keyword */
    static String camel(String name) {
        String pascal = pascal(name);
        String camel = Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
        return KEYWORDS.contains(camel) ? camel + "Value" : camel;
    }

    /** @return text safe inside a javadoc comment (HTML escaped, no comment terminators), one line */
    static String doc(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                .replace("@", "&#64;").replace("\\u", "\\\\u").replaceAll("\\s+", " ").trim();
        return escaped.endsWith(".") ? escaped : escaped + ".";
    }

    /** @return a Java string literal */
    static String literal(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** @return the lowercase form, for case-insensitive comparisons */
    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
