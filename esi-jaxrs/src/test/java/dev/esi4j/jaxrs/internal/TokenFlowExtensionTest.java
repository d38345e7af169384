package dev.esi4j.jaxrs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.spi.DefinitionException;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import dev.esi4j.jaxrs.SingleUseToken;
import dev.esi4j.jaxrs.TokenRequired;
import dev.esi4j.jaxrs.TokensRequired;

/** Component tests (Weld): misuse of the token annotations fails the deployment with a coded message. */
class TokenFlowExtensionTest {

    private static Weld weld(Class<?>... beans) {
        return new Weld().disableDiscovery().addExtension(new TokenFlowExtension()).addBeanClasses(beans);
    }

    private static void assertDeploymentFails(Class<?> bean, String... fragments) {
        assertThatThrownBy(() -> weld(bean).initialize().close())
                .isInstanceOf(DefinitionException.class)
                .satisfies(e -> {
                    for (String fragment : fragments) {
                        assertThat(e).hasStackTraceContaining(fragment);
                    }
                });
    }

    @Test
    void tokenRequiredAndSingleUseOnOneMethod_failsDeployment() {
        assertDeploymentFails(BothOnMethod.class, "ESI20001", "BothOnMethod#both()", "@TokenRequired and @SingleUseToken");
    }

    @Test
    void twoAnnotationsOnClass_failsDeployment() {
        assertDeploymentFails(BothOnClass.class, "ESI20001", "@TokenRequired and @TokensRequired");
    }

    @Test
    void emptyScopeString_failsDeployment() {
        assertDeploymentFails(EmptyScope.class, "ESI20002", "EmptyScope#empty()", "scopes[1] is empty");
    }

    @Test
    void malformedScope_failsDeployment() {
        assertDeploymentFails(BadScope.class, "ESI20002", "'esi-skills.read_skills.v1,esi-x'");
    }

    @Test
    void finalMethod_failsDeployment() {
        assertDeploymentFails(FinalMethod.class, "ESI20003", "FinalMethod#locked()");
    }

    @Test
    void finalClass_failsDeployment() {
        assertDeploymentFails(FinalClass.class, "ESI20004", "FinalClass is final");
    }

    @Test
    void correctUse_deploys() {
        try (WeldContainer container = weld(Correct.class).initialize()) {
            assertThat(container.select(Correct.class).isResolvable()).isTrue();
        }
    }

    @ApplicationScoped
    public static class BothOnMethod {
        @TokenRequired(scopes = "esi-skills.read_skills.v1")
        @SingleUseToken(scopes = "esi-skills.read_skills.v1")
        public void both() {
        }
    }

    @ApplicationScoped
    @TokenRequired
    @TokensRequired
    public static class BothOnClass {
        public void any() {
        }
    }

    @ApplicationScoped
    public static class EmptyScope {
        @TokensRequired(scopes = {"esi-skills.read_skills.v1", ""})
        public void empty() {
        }
    }

    @ApplicationScoped
    public static class BadScope {
        @TokenRequired(scopes = "esi-skills.read_skills.v1,esi-x")
        public void bad() {
        }
    }

    @Dependent
    public static class FinalMethod {
        @TokenRequired(scopes = "esi-skills.read_skills.v1")
        public final void locked() {
        }
    }

    @Dependent
    @SingleUseToken(scopes = "esi-skills.read_skills.v1")
    public static final class FinalClass {
        public void any() {
        }
    }

    @ApplicationScoped
    @TokenRequired(scopes = {"esi-skills.read_skills.v1 esi-wallet.read_character_wallet.v1", "publicData"})
    public static class Correct {
        @SingleUseToken(scopes = "esi-assets.read_assets.v1")
        public void single() {
        }
    }
}
