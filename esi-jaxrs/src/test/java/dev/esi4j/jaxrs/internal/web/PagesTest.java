package dev.esi4j.jaxrs.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The selection, error and resume pages: complete translations, accessible markup, escaping, no CDN or script. */
class PagesTest {

    static final Set<String> SCOPES = new TreeSet<>(Set.of("esi-skills.read_skills.v1", "esi-wallet.read_character_wallet.v1"));
    static final List<Pages.Choice> CHOICES = List.of(new Pages.Choice(11, 2147000001L, "Pilot Alpha"),
            new Pages.Choice(12, 2147000002L, "Pilot <Bravo>"));

    static List<String> languages() {
        return PageText.SUPPORTED;
    }

    static String render(String language) {
        return Pages.selection(PageText.of(language), CHOICES, SCOPES,
                new Pages.FormTarget("/app/sso/select", "csrf-1", "flow-1", false),
                Optional.of("https://images.evetech.net/"), "/app/sso/select.css");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyLanguage_hasEveryKeyTranslated(String language) {
        PageText english = PageText.of("en");
        PageText text = PageText.of(language);
        assertThat(text.keys()).containsExactlyInAnyOrderElementsOf(english.keys());
        assertThat(text.language()).isEqualTo(language);
        if (!language.equals("en")) {
            for (String key : english.keys()) {
                assertThat(text.html(key)).as(language + " " + key).isNotBlank().isNotEqualTo(english.html(key));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void selectionPage_rendersInEachLanguage(String language) {
        String html = render(language);
        PageText text = PageText.of(language);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"" + language + "\">")
                .contains(text.html("select.title"), text.html("select.submit"), text.html("select.add"),
                        text.html("select.scopes"));
    }

    @Test
    void selectionPage_accessibleFormWithCsrfPortraitsAndFriendlyScopes() {
        String html = render("en");
        assertThat(html).contains("<form method=\"post\" action=\"/app/sso/select\">")
                .contains("<input type=\"hidden\" name=\"csrf\" value=\"csrf-1\">")
                .contains("<input type=\"hidden\" name=\"flow\" value=\"flow-1\">")
                .contains("<legend>Your characters</legend>")
                .contains("id=\"esi-token-11\" value=\"11\" checked>").contains("<label for=\"esi-token-11\">")
                .contains("<label for=\"esi-token-12\">")
                .contains("src=\"https://images.evetech.net/characters/2147000001/portrait?size=64\" alt=\"\"")
                .contains("Pilot &lt;Bravo&gt;").doesNotContain("Pilot <Bravo>")
                .contains("<span class=\"esi-scope-name\">Read skills</span> <code>esi-skills.read_skills.v1</code>")
                .contains("Read character wallet")
                .contains("value=\"add\" formnovalidate>Add another character</button>")
                .contains("<link rel=\"stylesheet\" href=\"/app/sso/select.css\">")
                .doesNotContain("<script").doesNotContain("cdn").doesNotContain("http://");
        assertThat(html.split("type=\"radio\"")).hasSize(3);
    }

    @Test
    void selectionPage_withoutImageServer_hasNoPortraits() {
        String html = Pages.selection(PageText.of("en"), CHOICES, SCOPES,
                new Pages.FormTarget("/s", "c", "f", true), Optional.empty(), null);
        assertThat(html).doesNotContain("<img").doesNotContain("<link").contains("role=\"alert\"")
                .contains(PageText.of("en").html("select.invalid"));
    }

    @Test
    void errorPage_showsSsoErrorEscaped() {
        String html = Pages.error(PageText.of("de"), "error.exchange", "access_denied: <b>user said no</b>", "/app/");
        assertThat(html).contains("EVE Single Sign-On hat einen Fehler gemeldet")
                .contains("access_denied: &lt;b&gt;user said no&lt;/b&gt;").contains("href=\"/app/\"");
    }

    @Test
    void resumePage_postsToOriginalUrl() {
        String html = Pages.resume(PageText.of("en"), new ReturnTarget("POST", "/app/x", "a=1&b=2"));
        assertThat(html).contains("<form method=\"post\" action=\"/app/x?a=1&amp;b=2\">");
    }

    @Test
    void languageChoice_followsBrowserPreferenceWithinEnabled() {
        List<String> all = PageText.SUPPORTED;
        assertThat(PageText.choose(List.of(Locale.forLanguageTag("pt-BR"), Locale.forLanguageTag("ja-JP")), all)
                .language()).isEqualTo("ja");
        assertThat(PageText.choose(List.of(Locale.forLanguageTag("zh-CN")), all).language()).isEqualTo("zh");
        assertThat(PageText.choose(List.of(Locale.GERMAN), List.of("en", "fr")).language()).isEqualTo("en");
        assertThat(PageText.choose(List.of(), all).language()).isEqualTo("en");
        assertThat(Pages.friendly("publicData")).isEqualTo("publicData");
    }
}
