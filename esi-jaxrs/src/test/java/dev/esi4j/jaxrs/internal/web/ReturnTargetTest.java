package dev.esi4j.jaxrs.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Return URLs: only same-origin relative URLs, byte-for-byte (MISSION 2.2, CASES B19). */
class ReturnTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.test/", "//evil.test/x", "/\\evil.test", "\\\\evil.test", "http:/evil.test",
        "javascript:alert(1)", "/\t/evil.test", "/x\r\nSet-Cookie: a=b", "evil.test", "", "/a#frag", "/ /x",
        "/x\u00e9", "mailto:a@b.test", "//evil.test|x", "/\\|"})
    @DisplayName("B19 open redirects to other hosts are refused")
    void foreignOrTrickyUrl_refused(String location) {
        assertThat(ReturnTarget.isSafeLocal(location)).isFalse();
        assertThat(ReturnTarget.local("GET", location)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/app/report", "/app/report?x=1&y=%2F%2Fevil.test", "/app/a/../b",
        "/app/r?next=https://evil.test/", "/character?a=1|2", "/c?q={x}&r=a^b&s=`t`", "/c?x=%ZZ&y=50%",
        "/c?ids=[1,2]&n=\"q\"", "/c?h=<b>", "/path|with{braces}"})
    void localRelativeUrl_accepted(String location) {
        assertThat(ReturnTarget.local("GET", location)).map(ReturnTarget::location).contains(location);
    }

    @Test
    @DisplayName("B19 a 560+ character query with %2F, & and %C3%A9 is kept byte for byte")
    void longQuery_keptByteForByte() {
        String filter = "a%2Fb&c=%C3%A9".repeat(40) + "z".repeat(20);
        String location = "/app/report?filter=" + filter;
        assertThat(location.length()).isGreaterThan(560);
        ReturnTarget target = ReturnTarget.local("get", location).orElseThrow();
        assertThat(target.method()).isEqualTo("GET");
        assertThat(target.path()).isEqualTo("/app/report");
        assertThat(target.query()).isEqualTo("filter=" + filter);
        assertThat(target.location()).isEqualTo(location);
    }

    @Test
    void postTarget_notRedirectable_keySharesGetForHead() {
        assertThat(new ReturnTarget("POST", "/a", null).redirectable()).isFalse();
        assertThat(new ReturnTarget("HEAD", "/a", "x=1").key()).isEqualTo(new ReturnTarget("GET", "/a", "x=1").key());
        assertThat(new ReturnTarget("GET", "/a", "").location()).isEqualTo("/a");
    }

    @Test
    void csrf_matchesOnlyTheSessionToken() {
        FakeSession session = new FakeSession("S1");
        String token = SessionSecrets.csrfToken(session);
        assertThat(token).hasSizeGreaterThanOrEqualTo(43);
        assertThat(SessionSecrets.csrfToken(session)).isEqualTo(token);
        assertThat(SessionSecrets.csrfMatches(session, token)).isTrue();
        assertThat(SessionSecrets.csrfMatches(session, token + "x")).isFalse();
        assertThat(SessionSecrets.csrfMatches(session, null)).isFalse();
        assertThat(SessionSecrets.csrfMatches(null, token)).isFalse();
        assertThat(SessionSecrets.csrfMatches(new FakeSession("S2"), token)).isFalse();
        assertThat(SessionSecrets.csrfToken(new FakeSession("S3"))).isNotEqualTo(token);
    }
}
