package dev.esi4j.token.testing;

import static dev.esi4j.token.testing.TokenFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.token.CallbackRedirect;
import dev.esi4j.token.CallbackRedirectStore;

/** The {@link CallbackRedirectStore} SPI contract. */
public abstract class CallbackRedirectStoreContract {

    protected CallbackRedirectStore store;

    protected abstract CallbackRedirectStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    protected static CallbackRedirect redirect(String state, String session, Instant created) {
        return new CallbackRedirect(state, session, "verifier-" + state, "GET", "/app/wallet", "page=2",
                Set.of(A, B), false, false, created);
    }

    @Test
    @DisplayName("B17 a/f: consume is single use; a reloaded callback finds nothing")
    void b17_consume_singleUse() {
        CallbackRedirect r = redirect("ST-1", "S1", T0);
        store.save(r);
        assertThat(store.consumeByStateAndSessionId("ST-1", "S1")).contains(r);
        assertThat(store.consumeByStateAndSessionId("ST-1", "S1")).isEmpty();
        assertThat(store.count()).isZero();
    }

    @Test
    @DisplayName("B17 b/c: another state or another session consumes nothing and leaves the flow")
    void b17_wrongStateOrSession_nothing() {
        store.save(redirect("ST-1", "S1", T0));
        assertThat(store.consumeByStateAndSessionId("ST-X", "S1")).isEmpty();
        assertThat(store.consumeByStateAndSessionId("ST-1", "S2")).isEmpty();
        assertThat(store.findOptionalByState("ST-1")).isPresent();
    }

    @Test
    @DisplayName("B17 d / MISSION 6.1: flows older than the max age are deleted in one statement")
    void b17_expired_deletedByAge() {
        store.save(redirect("ST-1", "S1", T0.minusSeconds(301)));
        store.save(redirect("ST-2", "S1", T0.minusSeconds(299)));
        store.save(redirect("ST-3", "S2", T0));
        assertThat(store.deleteByCreatedAtBefore(T0.minusSeconds(300))).isEqualTo(1);
        assertThat(store.consumeByStateAndSessionId("ST-1", "S1")).isEmpty();
        assertThat(store.findBySessionId("S1")).extracting(CallbackRedirect::state).containsExactly("ST-2");
        assertThat(store.count()).isEqualTo(2);
    }

    @Test
    @DisplayName("Several flows of one session (tabs) are pending at once, oldest first")
    void severalTabs_pendingAtOnce() {
        store.save(redirect("ST-2", "S1", T0.plusSeconds(1)));
        store.save(redirect("ST-1", "S1", T0));
        assertThat(store.findBySessionId("S1")).extracting(CallbackRedirect::state).containsExactly("ST-1", "ST-2");
        assertThat(store.findBySessionId("S9")).isEmpty();
        assertThat(store.consumeByStateAndSessionId("ST-2", "S1")).isPresent();
        assertThat(store.consumeByStateAndSessionId("ST-1", "S1")).isPresent();
    }

    @Test
    @DisplayName("B19: a return query of 560+ characters is stored byte for byte")
    void b19_longReturnUrl_storedUnchanged() {
        String query = "filter=" + "abc%2Fdef%26x%C3%A9&".repeat(30);
        CallbackRedirect r = new CallbackRedirect("ST-1", "S1", null, "POST", "/app/report", query, Set.of(), true,
                true, T0);
        store.save(r);
        CallbackRedirect back = store.consumeByStateAndSessionId("ST-1", "S1").orElseThrow();
        assertThat(back).isEqualTo(r);
        assertThat(back.query()).hasSizeGreaterThan(560).isEqualTo(query);
        assertThat(back.toString()).doesNotContain("ST-1");
    }
}
