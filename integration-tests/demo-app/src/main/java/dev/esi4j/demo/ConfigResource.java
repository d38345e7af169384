package dev.esi4j.demo;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.esi4j.config.EsiConfig;

/**
 * Shows the validated configuration as esi4j sees it, in its redacted form ({@link EsiConfig#toString()} never
 * shows the client secret or encryption keys).
 */
@Path("config")
@RequestScoped
public class ConfigResource {

    @Inject
    EsiConfig config;

    @Inject
    Pages pages;

    /** @return the configuration page */
    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String show() {
        List<String[]> rows = new ArrayList<>();
        for (String[] entry : entries(config.toString())) {
            rows.add(new String[] {entry[0], "<code>" + Html.esc(entry[1]) + "</code>"});
        }
        StringBuilder body = new StringBuilder("<p class=\"lead\">Every value comes from MicroProfile Config: "
                + "<code>META-INF/microprofile-config.properties</code> in the WAR, overridden by system properties "
                + "or environment variables (<code>esi.sso.client-id</code> &larr; <code>ESI_SSO_CLIENT_ID</code>)."
                + "</p>");
        if (!config.warnings().isEmpty()) {
            body.append("<section class=\"notice\" aria-label=\"Warnings\"><h2>Warnings</h2><ul>");
            config.warnings().forEach(w -> body.append("<li>").append(Html.esc(w)).append("</li>"));
            body.append("</ul></section>");
        }
        body.append(Html.table(rows));
        return pages.render("config", "Configuration", body.toString());
    }

    /**
     * @param described the text of {@link EsiConfig#toString()}: {@code EsiConfig[key=value, key=value]}
     * @return key/value pairs in order
     */
    static List<String[]> entries(String described) {
        int open = described.indexOf('[');
        String inner = described.substring(open + 1, described.length() - 1);
        List<String[]> entries = new ArrayList<>();
        if (inner.isBlank()) {
            return entries;
        }
        for (String part : inner.split(", (?=esi\\.)")) {
            int eq = part.indexOf('=');
            entries.add(new String[] {part.substring(0, eq), part.substring(eq + 1)});
        }
        return entries;
    }
}
