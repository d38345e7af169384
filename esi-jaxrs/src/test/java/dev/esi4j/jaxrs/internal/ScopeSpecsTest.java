package dev.esi4j.jaxrs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import dev.esi4j.jaxrs.TokenRequired;

/** Scope arguments: arrays, space-separated strings and mixtures normalise alike (MISSION 1.2, CASES B22). */
class ScopeSpecsTest {

    static final String A = "esi-skills.read_skills.v1";
    static final String B = "esi-wallet.read_character_wallet.v1";

    @Test
    @DisplayName("B22 a) one scope string stays one scope, never split into characters")
    void singleString_isOneScope() {
        assertThat(ScopeSpecs.parse(A)).containsExactly(A);
    }

    @Test
    @DisplayName("B22 b) space-separated string gives both scopes")
    void spaceSeparated_givesBoth() {
        assertThat(ScopeSpecs.parse(A + " " + B)).containsExactly(A, B);
        assertThat(ScopeSpecs.join(ScopeSpecs.parse(B + "  \t" + A))).isEqualTo(A + " " + B);
    }

    @Test
    @DisplayName("B22 c) array of one equals the string form")
    void arrayOfOne_equalsString() {
        assertThat(ScopeSpecs.parse(new String[] {A})).isEqualTo(ScopeSpecs.parse(A));
    }

    @Test
    @DisplayName("B22 d) empty array and null mean no scopes")
    void emptyOrNull_isEmpty() {
        assertThat(ScopeSpecs.parse(new String[0])).isEmpty();
        assertThat(ScopeSpecs.parse((String[]) null)).isEmpty();
    }

    @Test
    @DisplayName("B22 e) duplicates and order do not matter")
    void duplicatesAnyOrder_onceEach() {
        assertThat(ScopeSpecs.parse(B, A, A)).containsExactly(A, B);
        assertThat(ScopeSpecs.parse(B + " " + A, A)).isEqualTo(ScopeSpecs.parse(A, B));
    }

    @Test
    void mixedArrayAndString_sameSetAsArray() {
        String c = "esi-assets.read_assets.v1";
        assertThat(ScopeSpecs.parse(A + " " + B, c)).isEqualTo(ScopeSpecs.parse(c, B, A));
    }

    @Test
    void blankAndMalformed_reported() {
        assertThat(ScopeSpecs.problems(new String[] {A, ""})).singleElement().asString().contains("scopes[1] is empty");
        assertThat(ScopeSpecs.problems(new String[] {"  "})).hasSize(1);
        assertThat(ScopeSpecs.problems(new String[] {A + " esi-x,read"})).singleElement().asString()
                .contains("'esi-x,read'");
        assertThat(ScopeSpecs.problems(new String[] {A + " " + B, "publicData"})).isEmpty();
    }

    @Test
    void requirement_methodAnnotationWinsOverClass() throws Exception {
        TokenRequirement onMethod = TokenRequirement.of(Guarded.class.getMethod("special"), Guarded.class).orElseThrow();
        TokenRequirement onClass = TokenRequirement.of(Guarded.class.getMethod("plain"), Guarded.class).orElseThrow();
        assertThat(onMethod.scopes()).containsExactly(B);
        assertThat(onMethod.newToken()).isTrue();
        assertThat(onMethod.needsUser()).isFalse();
        assertThat(onClass.scopes()).containsExactly(A);
        assertThat(onClass.needsUser()).isTrue();
    }

    @TokenRequired(scopes = A)
    static class Guarded {
        public void plain() {
        }

        @TokenRequired(scopes = B, newToken = true)
        public void special() {
        }
    }
}
