package dev.esi4j.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

/**
 * Compiles every fenced {@code java} block of README.md and docs/*.md against the esi4j modules, so the examples
 * cannot rot (issue 10, item 4).
 */
class DocSnippetsTest {

    static final String IMPORTS = String.join("\n",
            "import java.util.*;", "import java.time.*;", "import java.util.concurrent.*;", "import java.util.concurrent.atomic.*;",
            "import jakarta.inject.Inject;", "import jakarta.enterprise.context.*;", "import jakarta.enterprise.event.*;",
"import jakarta.ws.rs.*;", "import jakarta.ws.rs.core.*;",
            "import jakarta.json.*;", "import jakarta.persistence.*;", "import jakarta.ejb.*;",
            "import dev.esi4j.*;", "import dev.esi4j.config.*;", "import dev.esi4j.spec.*;", "import dev.esi4j.sso.*;",
            "import dev.esi4j.token.*;", "import dev.esi4j.jaxrs.*;", "import dev.esi4j.jpa.*;",
            "import dev.esi4j.scheduler.*;", "import dev.esi4j.typed.*;", "import dev.esi4j.typed.model.*;",
            "import dev.esi4j.simulator.*;", "import org.junit.jupiter.api.Test;",
            "import org.junit.jupiter.api.extension.RegisterExtension;",
            "import org.junit.jupiter.api.extension.ExtendWith;", "");

    static List<Snippet> snippets() throws IOException {
        List<Path> pages = new ArrayList<>();
        pages.add(Path.of("..", "README.md"));
        try (Stream<Path> docs = Files.list(Path.of("."))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<Snippet> result = new ArrayList<>();
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().equals("```java")) {
                    int start = i + 1;
                    StringBuilder code = new StringBuilder();
                    for (i = start; i < lines.size() && !lines.get(i).strip().equals("```"); i++) {
                        code.append(lines.get(i)).append('\n');
                    }
                    result.add(new Snippet(page, start + 1, code.toString()));
                }
            }
        }
        return result;
    }

    static JavaFileObject source(Snippet s, int n) {
        String name = "Snippet" + n;
        String body = switch (s.kind()) {
            case UNIT -> s.code().contains("package ") ? s.code() : IMPORTS + s.code();
            case MEMBERS -> IMPORTS + "abstract class " + name + " extends dev.esi4j.docs.SnippetBase {\n" + s.code()
                    + "\n}\n";
            case STATEMENTS -> IMPORTS + "abstract class " + name + " extends dev.esi4j.docs.SnippetBase {\n"
                    + "void run() throws Exception {\n" + s.code() + "\n}\n}\n";
        };
        java.util.regex.Matcher type = java.util.regex.Pattern
                .compile("(?:class|interface|record|enum)\\s+(\\w+)").matcher(s.code());
        String file = s.kind() == Snippet.Kind.UNIT && type.find() ? "unit" + n + "/" + type.group(1) : name;
        return new SimpleJavaFileObject(URI.create("string:///" + file + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return body;
            }
        };
    }

    @Test
    void everyJavaSnippetInTheDocs_compiles() throws IOException {
        List<Snippet> snippets = snippets();
        assertThat(snippets).as("java snippets in the docs").hasSizeGreaterThan(5);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> failures = new ArrayList<>();
        Path out = Files.createTempDirectory("doc-snippets");
        for (int n = 0; n < snippets.size(); n++) {
            Snippet s = snippets.get(n);
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            boolean ok = compiler.getTask(null, null, diagnostics, List.of("-proc:none", "-d", out.toString(),
                    "-classpath", System.getProperty("java.class.path")), null, List.of(source(s, n))).call();
            if (!ok) {
                diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).limit(3)
                        .forEach(d -> failures.add(s.location() + " (" + s.kind() + "): " + d.getMessage(Locale.ROOT)));
            }
        }
        assertThat(failures).as("doc snippets that do not compile").isEmpty();
    }
}
