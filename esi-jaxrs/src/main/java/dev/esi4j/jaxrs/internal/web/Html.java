package dev.esi4j.jaxrs.internal.web;

/** HTML building helpers: escaping of text and attribute values, the page frame. */
public final class Html {

    private Html() {
    }

    /**
     * @param text any text, may be {@code null}
     * @return the text with {@code & < > " '} escaped, safe in element content and quoted attributes
     */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * @param text     the page texts
     * @param titleKey message key of the title
     * @param cssUrl   stylesheet URL, {@code null} for none
     * @param body     the escaped inner HTML of {@code <main>}
     * @return a complete HTML document without scripts or external resources other than the stylesheet
     */
    public static String page(PageText text, String titleKey, String cssUrl, String body) {
        StringBuilder out = new StringBuilder(2048);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(text.language()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>").append(text.html(titleKey)).append("</title>\n");
        if (cssUrl != null) {
            out.append("<link rel=\"stylesheet\" href=\"").append(escape(cssUrl)).append("\">\n");
        }
        return out.append("</head>\n<body class=\"esi-page\">\n<main class=\"esi-main\">\n")
                .append("<h1>").append(text.html(titleKey)).append("</h1>\n")
                .append(body).append("</main>\n</body>\n</html>\n").toString();
    }
}
