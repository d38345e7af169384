package dev.esi4j.docs;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A fenced {@code java} block of a Markdown page and how it is compiled: a whole compilation unit, class members
 * (fields, annotated methods) or statements.
 */
record Snippet(Path file, int line, String code) {

    private static final Pattern UNIT = Pattern.compile(
            "\\A\\s*(package\\s|import\\s|(@[\\w.]+(\\([^)]*\\))?\\s*)*((public|final|abstract|static)\\s+)*"
                    + "(class|interface|record|enum|@interface)\\s)", Pattern.DOTALL);
    private static final Pattern MEMBER = Pattern.compile(
            "\\A\\s*(@[\\w.]+|(public|protected|private|static|final)\\s)");

    enum Kind { UNIT, MEMBERS, STATEMENTS }

    Kind kind() {
        if (UNIT.matcher(code).find()) {
            return Kind.UNIT;
        }
        return MEMBER.matcher(code).find() ? Kind.MEMBERS : Kind.STATEMENTS;
    }

    String location() {
        return file.getFileName() + ":" + line;
    }
}
