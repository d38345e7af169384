package dev.esi4j.token.testing;

import static dev.esi4j.token.testing.TokenFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.token.Scope;
import dev.esi4j.token.Token;
import dev.esi4j.token.TokenCriteria;
import dev.esi4j.token.TokenData;
import dev.esi4j.token.TokenException;
import dev.esi4j.token.TokenStore;

/** The {@link TokenStore} SPI contract: every implementation must pass it. */
public abstract class TokenStoreContract {

    protected TokenStore store;

    protected abstract TokenStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    protected static TokenData data(long character, String owner, Instant expiresAt, String... scopes) {
        return new TokenData(null, character, name(character), OWNER_A, Token.TokenType.CHARACTER, owner,
                Set.of(scopes), "AT", "RT", expiresAt, T0, T0, TokenData.SSO_VERSION);
    }

    @Test
    void save_assignsIdAndRoundTrips() {
        TokenData saved = store.save(data(CHAR_A, U1, T0, A, B));
        assertThat(saved.id()).isNotNull();
        assertThat(store.findOptionalById(saved.id())).contains(saved);
        TokenData changed = saved.withTokens("AT-2", null, null, T0.plusSeconds(5));
        assertThat(store.save(changed)).isEqualTo(changed);
        assertThat(store.findOptionalById(saved.id())).contains(changed);
        assertThat(store.findOptionalById(saved.id() + 1000)).isEmpty();
    }

    @Test
    void save_unknownId_fails() {
        TokenData saved = store.save(data(CHAR_A, U1, T0, A));
        store.deleteById(saved.id());
        assertThatThrownBy(() -> store.save(saved)).isInstanceOf(TokenException.class);
    }

    @Test
    @DisplayName("Criteria: every condition matches as TokenCriteria.matches defines")
    void findBy_criteriaSemantics() {
        TokenData t1 = store.save(data(CHAR_A, U1, T0.minusSeconds(1), A, B));
        TokenData t2 = store.save(data(CHAR_A, null, null, A));
        TokenData t3 = store.save(data(CHAR_B, U2, T0.plusSeconds(60), C));
        List<TokenData> all = List.of(t1, t2, t3);
        List<TokenCriteria> criteria = List.of(TokenCriteria.ALL, TokenCriteria.ALL.withCharacterId(CHAR_A),
                TokenCriteria.ALL.withOwner(U1), TokenCriteria.ALL.withOwner(null),
                TokenCriteria.ALL.withRequiredScopes(Set.of(A)), TokenCriteria.ALL.withRequiredScopes(Set.of(A, B)),
                TokenCriteria.ALL.withRequiredScopes(Set.of("unknown.scope")),
                TokenCriteria.ALL.withExactScopes(Set.of(A)), TokenCriteria.ALL.withExactScopes(Set.of()),
                TokenCriteria.ALL.withExpiredAt(T0), TokenCriteria.ALL.withCreatedBefore(T0.plusSeconds(1)),
                TokenCriteria.ALL.withExcludeId(t1.id()).withExcludeId(t3.id()),
                TokenCriteria.ALL.withTokenType(Token.TokenType.CORPORATION),
                TokenCriteria.ALL.withCharacterId(CHAR_A).withOwner(U1).withRequiredScopes(Set.of(B))
                        .withExpiredAt(T0));
        for (TokenCriteria c : criteria) {
            List<TokenData> expected = all.stream().filter(c::matches)
                    .sorted((x, y) -> Long.compare(y.id(), x.id())).toList();
            assertThat(store.findBy(c)).as(c.toString()).isEqualTo(expected);
            assertThat(store.countBy(c)).as(c.toString()).isEqualTo(expected.size());
        }
        assertThat(store.findBy(TokenCriteria.ALL, 1, 1)).containsExactly(t2);
        assertThat(store.findBy(TokenCriteria.ALL, 5, 10)).isEmpty();
    }

    @Test
    void deleteBy_removesOnlyMatches() {
        TokenData t1 = store.save(data(CHAR_A, U1, T0, A));
        store.save(data(CHAR_A, null, T0, A));
        store.save(data(CHAR_B, null, T0, A, B));
        assertThat(store.deleteBy(TokenCriteria.ALL.withOwner(null))).isEqualTo(2);
        assertThat(store.findBy(TokenCriteria.ALL)).containsExactly(t1);
        assertThat(store.deleteBy(TokenCriteria.ALL.withOwner(null))).isZero();
        assertThat(store.deleteById(t1.id())).isTrue();
        assertThat(store.deleteById(t1.id())).isFalse();
    }

    @Test
    void deleteByIdIn_removesTheTokensAndTheirScopeLinksOnly() {
        TokenData keep = store.save(data(CHAR_A, U1, T0, A, B));
        List<Long> gone = new java.util.ArrayList<>();
        for (int i = 0; i < 1203; i++) {   // more than two 500-id chunks
            gone.add(store.save(data(CHAR_B + i, null, T0, A, C)).id());
        }
        List<Long> request = new java.util.ArrayList<>(gone);
        request.add(gone.get(0));                 // a duplicate
        request.add(keep.id() + 1_000_000L);      // an id that does not exist
        assertThat(store.deleteByIdIn(request)).isEqualTo(1203);
        assertThat(store.findBy(TokenCriteria.ALL)).containsExactly(keep);
        assertThat(store.findBy(TokenCriteria.ALL.withRequiredScopes(Set.of(A, B)))).containsExactly(keep);
        assertThat(store.deleteByIdIn(List.of())).isZero();
        assertThat(store.deleteByIdIn(gone)).isZero();
        TokenData again = store.save(data(CHAR_B, null, T0, C));
        assertThat(store.findBy(TokenCriteria.ALL.withRequiredScopes(Set.of(C)))).containsExactly(again);
    }

    @Test
    void updateLocked_storesResultOrNothing() {
        TokenData t1 = store.save(data(CHAR_A, U1, T0, A));
        assertThat(store.updateLocked(t1.id(), d -> d)).contains(t1);
        TokenData updated = store.updateLocked(t1.id(), d -> d.withTokens("AT-9", "RT-9", T0.plusSeconds(9),
                T0.plusSeconds(1))).orElseThrow();
        assertThat(store.findOptionalById(t1.id())).contains(updated);
        assertThatThrownBy(() -> store.updateLocked(t1.id(), d -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(store.findOptionalById(t1.id())).contains(updated);
        assertThat(store.updateLocked(t1.id() + 1000, d -> {
            throw new AssertionError("not called");
        })).isEmpty();
    }

    @Test
    @DisplayName("MISSION 3.2: unknown scopes are created on the fly; help texts can be stored")
    void scopes_createdOnTheFly() {
        store.save(data(CHAR_A, U1, T0, B, A));
        assertThat(store.findAllScopes()).extracting(Scope::name).containsExactly(A, B);
        assertThat(store.findOptionalScopeByName(A)).contains(Scope.of(A));
        store.saveScope(new Scope(A, "Read skills"));
        store.saveScope(new Scope(C, "Read assets"));
        assertThat(store.findOptionalScopeByName(A).orElseThrow().helpText()).isEqualTo("Read skills");
        assertThat(store.findAllScopes()).extracting(Scope::name).containsExactly(C, A, B);
        assertThat(store.findOptionalScopeByName("nope")).isEmpty();
    }
}
