package dev.esi4j.jaxrs.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Hand-offs and pending selections: single use, per target, expiring, bounded. */
class SessionFlowsTest {

    static final Instant T0 = Instant.parse("2026-01-01T12:00:00Z");

    @Test
    void handoff_isTakenOnceForItsTargetOnly() {
        FakeSession session = new FakeSession("S1");
        ReturnTarget target = new ReturnTarget("GET", "/app/a", "x=1");
        SessionFlows.putHandoff(session, target, new SessionFlows.Handoff(List.of(7L), false, T0.plusSeconds(60)));
        assertThat(SessionFlows.takeHandoff(session, new ReturnTarget("GET", "/app/a", "x=2"), T0)).isEmpty();
        assertThat(SessionFlows.takeHandoff(session, new ReturnTarget("POST", "/app/a", "x=1"), T0)).isEmpty();
        assertThat(SessionFlows.takeHandoff(session, target, T0)).map(SessionFlows.Handoff::tokenIds)
                .contains(List.of(7L));
        assertThat(SessionFlows.takeHandoff(session, target, T0)).isEmpty();
    }

    @Test
    void expiredHandoff_isIgnored() {
        FakeSession session = new FakeSession("S1");
        ReturnTarget target = new ReturnTarget("GET", "/app/a", null);
        SessionFlows.putHandoff(session, target, new SessionFlows.Handoff(List.of(7L), true, T0.plusSeconds(60)));
        assertThat(SessionFlows.takeHandoff(session, target, T0.plusSeconds(61))).isEmpty();
        assertThat(SessionFlows.takeHandoff(null, target, T0)).isEmpty();
    }

    @Test
    void selections_severalPending_boundedInNumber() {
        FakeSession session = new FakeSession("S1");
        ReturnTarget target = new ReturnTarget("GET", "/app/a", null);
        String first = SessionFlows.putSelection(session, new SessionFlows.Selection(target, Set.of("a"), T0.plusSeconds(60)));
        String second = SessionFlows.putSelection(session, new SessionFlows.Selection(target, Set.of("b"), T0.plusSeconds(60)));
        assertThat(first).isNotEqualTo(second);
        assertThat(SessionFlows.findSelection(session, first, T0)).map(SessionFlows.Selection::scopes).contains(Set.of("a"));
        assertThat(SessionFlows.findSelection(session, second, T0.plusSeconds(60))).isEmpty();
        for (int i = 0; i < SessionFlows.MAX_ENTRIES; i++) {
            SessionFlows.putSelection(session, new SessionFlows.Selection(target, Set.of("c"), T0.plusSeconds(60)));
        }
        assertThat(SessionFlows.findSelection(session, first, T0)).isEmpty();
        assertThat(SessionFlows.removeSelection(session, "unknown")).isEmpty();
    }
}
