package dev.esi4j.jaxrs.internal.web;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The server-rendered pages of the token flows: token selection (MISSION 1.8), flow errors and the "continue" page
 * that resumes a non-GET request. Plain HTML: no script, no external CDN, every control labelled and reachable by
 * keyboard, styled only through {@code esi-*} classes so the application can override the stylesheet.
 */
public final class Pages {

    /**
     * One entry of the selection page: the newest usable token of one character.
     *
     * @param tokenId       token id submitted by the form
     * @param characterId   EVE character id (portrait)
     * @param characterName shown name
     */
    public record Choice(long tokenId, long characterId, String characterName) {
    }

    private Pages() {
    }

    /**
     * @param text        the page texts
     * @param choices     one entry per character
     * @param scopes      required scopes
     * @param form        the form's action URL, CSRF token and selection id
     * @param imageServer EVE image server base URL, empty to show no portraits
     * @param cssUrl      stylesheet URL, {@code null} for none
     * @return the selection page
     */
    public static String selection(PageText text, List<Choice> choices, Set<String> scopes, FormTarget form,
            Optional<String> imageServer, String cssUrl) {
        StringBuilder body = new StringBuilder(1024);
        body.append("<p>").append(text.html("select.intro")).append("</p>\n");
        if (form.invalid()) {
            body.append("<p class=\"esi-error\" role=\"alert\">").append(text.html("select.invalid")).append("</p>\n");
        }
        body.append("<h2 id=\"esi-scopes-title\">").append(text.html("select.scopes")).append("</h2>\n")
                .append("<ul class=\"esi-scopes\" aria-labelledby=\"esi-scopes-title\">\n");
        for (String scope : scopes) {
            body.append("<li class=\"esi-scope\"><span class=\"esi-scope-name\">").append(Html.escape(friendly(scope)))
                    .append("</span> <code>").append(Html.escape(scope)).append("</code></li>\n");
        }
        body.append("</ul>\n<form method=\"post\" action=\"").append(Html.escape(form.action())).append("\">\n")
                .append(hidden("csrf", form.csrf())).append(hidden("flow", form.flow()))
                .append("<fieldset class=\"esi-characters\">\n<legend>").append(text.html("select.characters"))
                .append("</legend>\n");
        boolean first = true;
        for (Choice choice : choices) {
            body.append(choice(choice, first, imageServer));
            first = false;
        }
        return Html.page(text, "select.title", cssUrl, body.append("</fieldset>\n<div class=\"esi-actions\">\n")
                .append("<button type=\"submit\" class=\"esi-button esi-button-primary\" name=\"action\" value=\"use\">")
                .append(text.html("select.submit")).append("</button>\n")
                .append("<button type=\"submit\" class=\"esi-button\" name=\"action\" value=\"add\" formnovalidate>")
                .append(text.html("select.add")).append("</button>\n</div>\n</form>\n").toString());
    }

    /**
     * @param text      the page texts
     * @param key       message key of the explanation
     * @param ssoError  the SSO's {@code error} and {@code error_description}, {@code null} when not from the SSO
     * @param startPage where "back" leads
     * @return an error page
     */
    public static String error(PageText text, String key, String ssoError, String startPage) {
        StringBuilder body = new StringBuilder(512);
        if (ssoError != null) {
            body.append("<p>").append(text.html("error.sso")).append("</p>\n<p class=\"esi-error\" role=\"alert\">")
                    .append("<code>").append(Html.escape(ssoError)).append("</code></p>\n");
        }
        body.append("<p role=\"alert\">").append(text.html(key)).append("</p>\n<p><a href=\"")
                .append(Html.escape(startPage)).append("\">").append(text.html("error.back")).append("</a></p>\n");
        return Html.page(text, "error.title", null, body.toString());
    }

    /**
     * @param text   the page texts
     * @param target the non-GET request to resume (its body cannot be replayed)
     * @return a page whose button repeats the request's method on its URL
     */
    public static String resume(PageText text, ReturnTarget target) {
        String body = "<p>" + text.html("continue.intro") + "</p>\n<form method=\"post\" action=\""
                + Html.escape(target.location()) + "\">\n<button type=\"submit\" class=\"esi-button esi-button-primary\">"
                + text.html("continue.submit") + "</button>\n</form>\n";
        return Html.page(text, "continue.title", null, body);
    }

    /**
     * @param scope a scope name such as {@code esi-skills.read_skills.v1}
     * @return its friendly name ({@code Read skills}), the name itself when it has no dotted middle part
     */
    public static String friendly(String scope) {
        String[] parts = scope.split("\\.");
        if (parts.length < 2 || parts[1].isBlank()) {
            return scope;
        }
        String words = parts[1].replace('_', ' ').trim();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String choice(Choice choice, boolean checked, Optional<String> imageServer) {
        String id = "esi-token-" + choice.tokenId();
        StringBuilder out = new StringBuilder(256).append("<div class=\"esi-character\">")
                .append("<input type=\"radio\" name=\"token\" required id=\"").append(id).append("\" value=\"")
                .append(choice.tokenId()).append('"').append(checked ? " checked" : "").append(">")
                .append("<label for=\"").append(id).append("\">");
        imageServer.filter(s -> !s.isBlank()).ifPresent(server -> out.append("<img class=\"esi-portrait\" src=\"")
                .append(Html.escape(stripSlash(server))).append("/characters/").append(choice.characterId())
                .append("/portrait?size=64\" alt=\"\" width=\"64\" height=\"64\">"));
        return out.append("<span class=\"esi-character-name\">").append(Html.escape(choice.characterName()))
                .append("</span></label></div>\n").toString();
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + Html.escape(value) + "\">\n";
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * Where the selection form posts.
     *
     * @param action  the form URL
     * @param csrf    the session's CSRF token
     * @param flow    the selection id
     * @param invalid whether the previous submission was refused
     */
    public record FormTarget(String action, String csrf, String flow, boolean invalid) {
    }
}
