package dev.esi4j.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScopeTest {

    private static final String A = "esi-skills.read_skills.v1";
    private static final String B = "esi-wallet.read_character_wallet.v1";

    @Test
    @DisplayName("B22 a: one scope given as a string stays one scope (never split into characters)")
    void b22_singleString_oneScope() {
        assertThat(Scope.names(A)).containsExactly(A);
    }

    @Test
    @DisplayName("B22 b: a space-separated string gives each scope once")
    void b22_spaceSeparated_twoScopes() {
        assertThat(Scope.names(A + " " + B)).containsExactly(A, B);
        assertThat(Scope.names("  " + B + "\t\n" + A + "  ")).containsExactly(A, B);
    }

    @Test
    @DisplayName("B22 c/d/e: arrays, empty, null and duplicates in any order normalise to the same set")
    void b22_arraysEmptyDuplicates_normalised() {
        assertThat(Scope.names(List.of(A))).isEqualTo(Scope.names(A));
        assertThat(Scope.names()).isEmpty();
        assertThat(Scope.names((String[]) null)).isEmpty();
        assertThat(Scope.names((List<String>) null)).isEmpty();
        assertThat(Scope.names("", " ", null)).isEmpty();
        assertThat(Scope.names(B, A, A)).containsExactly(A, B);
        assertThat(Scope.names(B, A + " " + B)).isEqualTo(Scope.names(Arrays.asList(A, B)));
    }

    @Test
    void friendlyName_middlePartWithSpaces() {
        assertThat(Scope.of(A).friendlyName()).isEqualTo("read skills");
        assertThat(Scope.of(B).friendlyName()).isEqualTo("read character wallet");
        assertThat(Scope.of("publicData").friendlyName()).isEqualTo("publicData");
    }

    @Test
    void invalidName_rejected() {
        assertThatThrownBy(() -> Scope.of("a b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Scope.of(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Scope(A, null).helpText()).isEmpty();
    }
}
