package dev.esi4j.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.esi4j.config.EsiConfig;

/** CCP's User-Agent format: {@code AppName/1.2.3 (contact@example.com; +https://source.url) esi4j/<version>}. */
public final class UserAgent {

    private static final String VERSION = readVersion();

    private UserAgent() {
    }

    /** @return the esi4j version */
    public static String libraryVersion() {
        return VERSION;
    }

    /**
     * @param config the configuration
     * @return the header value
     */
    public static String of(EsiConfig config) {
        List<String> comment = new ArrayList<>();
        config.userContactEmail().ifPresent(comment::add);
        config.appUrl().ifPresent(url -> comment.add("+" + url));
        String library = "esi4j/" + VERSION;
        String commentText = comment.isEmpty() ? "" : " (" + String.join("; ", comment) + ")";
        return config.appName().map(name -> name + "/" + config.appVersion() + commentText + " " + library)
                .orElse(library + commentText);
    }

    private static String readVersion() {
        try (InputStream in = UserAgent.class.getResourceAsStream("esi4j-version.txt")) {
            String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            return text.isEmpty() || text.startsWith("$") ? "dev" : text;
        } catch (IOException e) {
            return "dev";
        }
    }
}
