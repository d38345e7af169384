package dev.esi4j.jaxrs.internal.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of the pages in one language, from the {@code messages} resource bundles (en, de, fr, ja, ru, zh, ko, es).
 */
public final class PageText {

    /** Languages with a bundle; {@code en} is the base bundle. */
    public static final List<String> SUPPORTED = List.of("en", "de", "fr", "ja", "ru", "zh", "ko", "es");

    private static final String BUNDLE = "dev.esi4j.jaxrs.internal.web.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    private PageText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, PageText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /**
     * @param language a supported language code
     * @return the texts in that language (English for an unsupported code)
     */
    public static PageText of(String language) {
        return new PageText(Locale.forLanguageTag(SUPPORTED.contains(language) ? language : "en"));
    }

    /**
     * Picks the page language: the first of the browser's languages (in preference order) that has a bundle and
     * is enabled by {@code esi.languages}; English otherwise.
     *
     * @param acceptable the browser's languages, most preferred first
     * @param enabled    the configured languages
     * @return the texts
     */
    public static PageText choose(List<Locale> acceptable, Collection<String> enabled) {
        for (Locale candidate : acceptable) {
            String language = candidate.getLanguage();
            if (SUPPORTED.contains(language) && enabled.contains(language)) {
                return of(language);
            }
        }
        return of("en");
    }

    /** @return the language tag for {@code <html lang>} */
    public String language() {
        return locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
    }

    /**
     * @param key message key
     * @return the text, HTML-escaped
     */
    public String html(String key) {
        return Html.escape(bundle.getString(key));
    }

    /** @return every key of this language's bundle, including inherited ones */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
