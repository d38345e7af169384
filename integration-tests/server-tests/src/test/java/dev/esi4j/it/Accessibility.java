package dev.esi4j.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from npm; {@code .ci/services} installs it, system property {@code axe.js} names the file) on the
 * page in the browser and returns its WCAG 2 A/AA violations.
 */
final class Accessibility {

    private Accessibility() {
    }

    /** @return one line per violated rule: id, help text and the number of offending elements */
    @SuppressWarnings("unchecked")
    static List<String> violations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axeSource());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                    .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ' elements: '
                        + v.nodes.map(n => n.target.join(' ')).join(', ') + ')')))
                    .catch(e => done(['axe failed: ' + e]));
                """);
        return (List<String>) result;
    }

    private static String axeSource() {
        Path file = Path.of(System.getProperty("axe.js", "axe.min.js"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("axe-core not found at " + file + ": run .ci/services (npm install "
                    + "axe-core into ~/.cache/esi4j) or set -Daxe.js=/path/to/axe.min.js");
        }
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
