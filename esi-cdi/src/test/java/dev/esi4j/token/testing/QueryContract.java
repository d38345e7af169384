package dev.esi4j.token.testing;

import static dev.esi4j.token.testing.TokenFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.config.EsiConfigKeys;
import dev.esi4j.token.Scope;
import dev.esi4j.token.Token;

/** CASES area D (B15 storage, B24, B26, B27) and the query API of MISSION 3.3. */
public abstract class QueryContract extends TokenServiceContract {

    private Token loginAs(String owner, String rt, long character, String... scopes) {
        return login(owner, "AT-" + rt, rt, character, Duration.ofMinutes(20), scopes);
    }

    @Test
    @DisplayName("B24: repeated logins update one token; other owners, no owner and other scopes stay separate")
    void b24_duplicateLogins_mergedPerOwnerAndScopes() {
        loginAs(U1, "RT-1", CHAR_A, A, B);
        loginAs(U1, "RT-2", CHAR_A, B, A);
        Token u1ab = loginAs(U1, "RT-3", CHAR_A, A + " " + B);
        Token anonymous = loginAs(null, "RT-4", CHAR_A, A, B);
        Token u2ab = loginAs(U2, "RT-5", CHAR_A, A, B);
        Token u1a = loginAs(U1, "RT-6", CHAR_A, A);

        assertThat(service.tokens().forOwner(U1).forCharacter(CHAR_A).requireScopesExact(A, B).list())
                .singleElement().isEqualTo(u1ab);
        assertThat(stored(u1ab).refreshToken()).isEqualTo("RT-3");
        assertThat(service.tokens().count()).isEqualTo(4);
        assertThat(List.of(anonymous, u2ab, u1a)).doesNotContain(u1ab).doesNotHaveDuplicates();
        assertThat(service.tokens().withoutOwner().list()).containsExactly(anonymous);
    }

    @Test
    @DisplayName("B24: with esi.always-create-token every login adds a row")
    void b24_alwaysCreate_threeRows() {
        service = service(Map.of(EsiConfigKeys.ALWAYS_CREATE_TOKEN, "true"));
        loginAs(U1, "RT-1", CHAR_A, A, B);
        loginAs(U1, "RT-2", CHAR_A, A, B);
        loginAs(U1, "RT-3", CHAR_A, A, B);
        assertThat(service.tokens().forOwner(U1).requireScopesExact(A, B).count()).isEqualTo(3);
    }

    @Test
    @DisplayName("B26: selection by scope subset/superset; order, duplicates and string form do not matter")
    void b26_scopeSelection_setContainment() {
        Token t1 = loginAs(U1, "RT-1", CHAR_A, A, B);
        Token t2 = loginAs(U1, "RT-2", CHAR_A, A);
        Token t3 = loginAs(U1, "RT-3", CHAR_B, C);
        var mine = service.tokens().forOwner(U1);
        assertThat(mine.requireScopes(A).list()).containsExactlyInAnyOrder(t1, t2);
        assertThat(mine.requireScopes(A, B).list()).containsExactly(t1);
        assertThat(mine.requireScopes(B + " " + A).list()).containsExactly(t1);
        assertThat(mine.requireScopes(B, A, A + " " + B).list()).containsExactly(t1);
        assertThat(mine.requireScopes(A, C).list()).isEmpty();
        assertThat(mine.requireScopesExact(A).list()).containsExactly(t2);
        assertThat(mine.requireScopes(List.of(C)).list()).containsExactly(t3);
        assertThat(mine.requireScopes().list()).hasSize(3);
    }

    @Test
    @DisplayName("B26/MISSION 3.3: unknown scope names give an empty result, not an error")
    void unknownScope_emptyResult() {
        loginAs(U1, "RT-1", CHAR_A, A);
        assertThat(service.tokens().requireScopes("esi-unknown.read_nothing.v1").list()).isEmpty();
        assertThat(service.tokens().requireScopesExact(A, "esi-unknown.read_nothing.v1").count()).isZero();
        assertThat(service.getToken(CHAR_A, "esi-unknown.read_nothing.v1")).isEmpty();
    }

    @Test
    @DisplayName("B15: stored scopes come from the claims as a set; no per-character scope rows")
    void b15_scopesFromClaims_noCharacterScopes() {
        Token a = loginAs(U1, "RT-1", CHAR_A, A);
        Token ab = loginAs(U2, "RT-2", CHAR_A, A, B);
        Token none = loginAs("U3", "RT-3", CHAR_A);
        assertThat(a.scopes()).containsExactly(A);
        assertThat(ab.scopes()).containsExactlyInAnyOrder(A, B);
        assertThat(none.scopes()).isEmpty();
        assertThat(service.tokens().requireScopes(A).list()).containsExactlyInAnyOrder(a, ab);
        assertThat(store.findAllScopes()).extracting(Scope::name).containsExactlyInAnyOrder(A, B);
        assertThat(store.findOptionalScopeByName("e")).isEmpty();
    }

    @Test
    @DisplayName("B27: token type stored canonically; a filter by type finds every character token")
    void b27_tokenType_canonicalAndFilterable() {
        loginAs(U1, "RT-1", CHAR_A, A);
        loginAs(U2, "RT-2", CHAR_B, A);
        assertThat(service.tokens().ofType(Token.TokenType.CHARACTER).count()).isEqualTo(2);
        assertThat(service.tokens().ofType(Token.TokenType.CORPORATION).count()).isZero();
        assertThat(service.tokens().list()).extracting(Token::tokenType).containsOnly(Token.TokenType.CHARACTER);
    }

    @Test
    @DisplayName("Queries: forCharacter, forOwner, expired, equivalentTo and getToken compose")
    void queries_compose() {
        Token t1 = loginAs(U1, "RT-1", CHAR_A, A, B);
        Token t2 = loginAs(U2, "RT-2", CHAR_A, A, B);
        Token old = login(U1, "AT-old", "RT-old", CHAR_B, Duration.ofSeconds(-5), A);
        assertThat(service.tokens().forCharacter(CHAR_A).list()).containsExactlyInAnyOrder(t1, t2);
        assertThat(service.tokens().forCharacter(CHAR_A).forCharacter(CHAR_B).list()).isEmpty();
        assertThat(service.tokens().forOwner(U1).forOwner(U2).count()).isZero();
        assertThat(service.tokens().expired().list()).containsExactly(old);
        assertThat(service.tokens().forOwner(U1).expired().exists()).isTrue();
        assertThat(service.tokens().equivalentTo(t1).list()).isEmpty();
        assertThat(service.tokens().forOwner(U1).first()).contains(old);
        sso.answer("RT-old", sso("AT-new", "RT-new", CHAR_B, OWNER_A, clock.instant().plusSeconds(1199), A));
        assertThat(service.getToken(CHAR_B, A)).map(Token::validAccessToken).contains("AT-new");
        assertThat(service.getToken(CHAR_A, A + " " + B)).isPresent();
        assertThat(service.getToken(CHAR_A, C)).isEmpty();
    }

    @Test
    @DisplayName("equivalentTo: same character, exact scopes, same owner; not the token itself")
    void equivalentTo_sameCharacterScopesOwner() {
        service = service(Map.of(EsiConfigKeys.ALWAYS_CREATE_TOKEN, "true"));
        Token t1 = loginAs(U1, "RT-1", CHAR_A, A, B);
        Token t2 = loginAs(U1, "RT-2", CHAR_A, B, A);
        loginAs(U1, "RT-3", CHAR_A, A);
        loginAs(U2, "RT-4", CHAR_A, A, B);
        assertThat(service.tokens().equivalentTo(t1).list()).containsExactly(t2);
    }

    @Test
    @DisplayName("toString of tokens, token data and queries never shows token values")
    void toString_neverShowsTokenValues() {
        Token t1 = loginAs(U1, "RT-secret", CHAR_A, A);
        assertThat(t1.toString()).doesNotContain("RT-secret").doesNotContain("AT-RT-secret").contains("Pilot Alpha");
        assertThat(stored(t1).toString()).doesNotContain("RT-secret");
        assertThat(service.tokens().forOwner(U1).toString()).doesNotContain("secret");
    }
}
