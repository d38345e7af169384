package dev.esi4j.demo;

import java.util.List;

/**
 * Tiny HTML helpers: escaping and the common page layout. No template engine: the demo shows that esi4j needs
 * nothing beyond the platform.
 */
final class Html {

    /** Navigation entries: path relative to the context root, label. */
    private static final List<String[]> NAV = List.of(
            new String[] {"", "Home"},
            new String[] {"status", "Status"},
            new String[] {"character", "My character"},
            new String[] {"characters", "All characters"},
            new String[] {"lookup", "One-off"},
            new String[] {"names", "Names"},
            new String[] {"market", "Market"},
            new String[] {"cleanup", "Cleanup"},
            new String[] {"config", "Configuration"});

    private Html() {
    }

    /**
     * @param text any text, may be null
     * @return the text with HTML special characters escaped
     */
    static String esc(Object text) {
        if (text == null) {
            return "";
        }
        String s = text.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * @param base   the application's base path ending in {@code /} (for {@code <base href>})
     * @param active path of the current page (as in the navigation)
     * @param title  page title
     * @param body   HTML of the main content (already escaped)
     * @return the whole document
     */
    static String page(String base, String active, String title, String body) {
        return page(base, active, title, body, "");
    }

    /**
     * @param base    the application's base path ending in {@code /} (for {@code <base href>})
     * @param active  path of the current page (as in the navigation)
     * @param title   page title
     * @param body    HTML of the main content (already escaped)
     * @param account HTML of the account area of the header (already escaped)
     * @return the whole document
     */
    static String page(String base, String active, String title, String body, String account) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <base href="%s">
                <title>%s · esi4j demo</title>
                <link rel="stylesheet" href="assets/demo.css">
                </head>
                <body>
                <header class="top"><a class="brand" href="./">esi4j <span>demo</span></a>
                <nav aria-label="Main">%s</nav><div class="account">%s</div></header>
                <main id="main">
                <h1>%s</h1>
                %s
                </main>
                <footer>esi4j · EVE Online ESI and EVE SSO for Jakarta EE · not affiliated with CCP Games</footer>
                </body>
                </html>
                """.formatted(esc(base), esc(title), nav(active), account, esc(title), body);
    }

    private static String nav(String active) {
        StringBuilder out = new StringBuilder();
        for (String[] entry : NAV) {
            String href = entry[0].isEmpty() ? "./" : entry[0];
            String current = entry[0].equals(active) ? " aria-current=\"page\"" : "";
            out.append("<a href=\"").append(href).append('"').append(current).append('>')
                    .append(esc(entry[1])).append("</a>");
        }
        return out.toString();
    }

    /**
     * @param rows label/value pairs (values already escaped HTML)
     * @return a two-column definition table
     */
    static String table(List<String[]> rows) {
        StringBuilder out = new StringBuilder("<table class=\"kv\"><tbody>");
        for (String[] row : rows) {
            out.append("<tr><th scope=\"row\">").append(esc(row[0])).append("</th><td>").append(row[1])
                    .append("</td></tr>");
        }
        return out.append("</tbody></table>").toString();
    }
}
