package dev.esi4j.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void specialCharacters_areEscaped() {
        assertThat(Html.esc("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;");
        assertThat(Html.esc(null)).isEmpty();
    }

    @Test
    void page_marksTheActiveNavigationEntryAndEscapesTheTitle() {
        String html = Html.page("/ctx/", "config", "A <b> title", "<p>body</p>");

        assertThat(html).contains("<base href=\"/ctx/\">")
                .contains("<a href=\"config\" aria-current=\"page\">Configuration</a>")
                .contains("<a href=\"status\">Status</a>")
                .contains("<a href=\"character\">My character</a>")
                .contains("<h1>A &lt;b&gt; title</h1>")
                .contains("<p>body</p>")
                .contains("<link rel=\"stylesheet\" href=\"assets/demo.css\">");
    }

    @Test
    void page_showsTheAccountArea() {
        assertThat(Html.page("/", "", "t", "", "<span id=\"caller\">Pilot</span>"))
                .contains("<div class=\"account\"><span id=\"caller\">Pilot</span></div>");
    }

    @Test
    void schemaScripts_areChosenByDatabaseProductAndSplitIntoStatements() {
        assertThat(DemoSchema.folderFor("PostgreSQL")).isEqualTo("postgresql");
        assertThat(DemoSchema.folderFor("MariaDB")).isEqualTo("mariadb");
        assertThat(DemoSchema.folderFor("MySQL")).isEqualTo("mariadb");
        assertThat(DemoSchema.folderFor("H2")).isEqualTo("h2");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DemoSchema.folderFor("Oracle"))
                .hasMessageContaining("no esi4j DDL script for database 'Oracle'");
        assertThat(DemoSchema.statements("-- comment\nCREATE TABLE a (x INT);\n  -- more\nCREATE INDEX i ON a (x);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX i ON a (x)");
    }

    @Test
    void table_escapesLabelsButNotValues() {
        assertThat(Html.table(List.<String[]>of(new String[] {"a<b", "<code>x</code>"})))
                .contains("<th scope=\"row\">a&lt;b</th><td><code>x</code></td>");
    }
}
