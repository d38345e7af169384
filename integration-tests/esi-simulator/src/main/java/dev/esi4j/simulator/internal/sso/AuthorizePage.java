package dev.esi4j.simulator.internal.sso;

import dev.esi4j.simulator.SimCharacter;
import java.util.List;
import java.util.Map;

/** The simulated EVE SSO login page: pick one of the configured characters (or deny). */
final class AuthorizePage {

    private AuthorizePage() {
    }

    static String render(Map<String, String> params, List<SimCharacter> characters) {
        StringBuilder html = new StringBuilder(1024)
                .append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>EVE SSO simulator - log in</title></head>\n<body>\n")
                .append("<h1>Select a character</h1>\n")
                .append("<p id=\"scopes\">Requested scopes: ").append(escape(params.getOrDefault("scope", "")))
                .append("</p>\n<form id=\"authorize\" method=\"post\" action=\"/v2/oauth/authorize\">\n");
        params.forEach((k, v) -> {
            if (!"character_id".equals(k)) {
                html.append("<input type=\"hidden\" name=\"").append(escape(k)).append("\" value=\"")
                        .append(escape(v)).append("\">\n");
            }
        });
        for (SimCharacter c : characters) {
            html.append("<button type=\"submit\" name=\"character_id\" value=\"").append(c.id())
                    .append("\" id=\"character-").append(c.id()).append("\">").append(escape(c.name()))
                    .append("</button>\n");
        }
        return html.append("<button type=\"submit\" name=\"deny\" value=\"1\" id=\"deny\">Cancel</button>\n")
                .append("</form>\n</body></html>\n").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
