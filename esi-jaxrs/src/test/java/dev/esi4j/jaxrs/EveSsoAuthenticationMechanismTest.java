package dev.esi4j.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.security.Principal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;

import org.junit.jupiter.api.Test;

import dev.esi4j.jaxrs.internal.rest.EveSsoCredential;
import dev.esi4j.sso.AccessTokenClaims;
import dev.esi4j.token.Token;

/**
 * "Log in with EVE Online" (MISSION 1.9) against a recording HttpMessageContext: the SSO character becomes the
 * caller with the application's groups; the one-shot credential cannot be replayed; unprotected requests pass.
 * The redirect of protected requests to EVE SSO needs a Jakarta Security runtime and is covered on the servers.
 */
class EveSsoAuthenticationMechanismTest {

    static final AccessTokenClaims ALPHA = new AccessTokenClaims(2147000001L, "Pilot Alpha", "OWNER-A", Set.of(),
            Token.TokenType.CHARACTER, "https://login.eveonline.com", List.of("client-0001", "EVE Online"),
            "client-0001", Instant.parse("2026-01-01T12:00:00Z"), Instant.parse("2026-01-01T12:20:00Z"));

    static final class Pilots extends EveSsoAuthenticationMechanism {
        @Override
        protected Set<String> groups(AccessTokenClaims character) {
            return Set.of("pilot");
        }
    }

    final Map<String, Object> calls = new HashMap<>();

    HttpMessageContext context(AuthenticationParameters parameters, boolean protectedResource) {
        return context(parameters, protectedResource, false);
    }

    HttpMessageContext context(AuthenticationParameters parameters, boolean protectedResource,
            boolean authenticateCall) {
        return (HttpMessageContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpMessageContext.class}, (proxy, method, args) -> {
                    calls.put(method.getName(), args == null ? List.of() : List.of(args));
                    return switch (method.getName()) {
                        case "getAuthParameters" -> parameters;
                        case "isProtected" -> protectedResource;
                        case "isAuthenticationRequest" -> authenticateCall;
                        case "notifyContainerAboutLogin" -> AuthenticationStatus.SUCCESS;
                        case "redirect" -> AuthenticationStatus.SEND_CONTINUE;
                        case "doNothing" -> AuthenticationStatus.NOT_DONE;
                        default -> null;
                    };
                });
    }

    static HttpServletRequest request(Principal caller) {
        return (HttpServletRequest) Proxy.newProxyInstance(EveSsoAuthenticationMechanismTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getUserPrincipal" -> caller;
                    case "getMethod" -> "GET";
                    case "getRequestURI" -> "/app/page";
                    case "getContextPath" -> "/app";
                    default -> null;
                });
    }

    @Test
    void ssoCredential_characterBecomesCallerWithGroups() {
        AuthenticationParameters login = AuthenticationParameters.withParams().credential(new EveSsoCredential(ALPHA))
                .newAuthentication(true);
        AuthenticationStatus status = new Pilots().validateRequest(request(null), null, context(login, false));
        assertThat(status).isEqualTo(AuthenticationStatus.SUCCESS);
        @SuppressWarnings("unchecked")
        List<Object> args = (List<Object>) calls.get("notifyContainerAboutLogin");
        EveCharacterPrincipal principal = (EveCharacterPrincipal) args.get(0);
        assertThat(principal.getName()).isEqualTo("2147000001");
        assertThat(principal.characterId()).isEqualTo(2147000001L);
        assertThat(principal.characterName()).isEqualTo("Pilot Alpha");
        assertThat(args.get(1)).isEqualTo(Set.of("pilot"));
    }

    @Test
    void replayedCredential_noLogin() {
        EveSsoCredential credential = new EveSsoCredential(ALPHA);
        AuthenticationParameters login = AuthenticationParameters.withParams().credential(credential);
        new Pilots().validateRequest(request(null), null, context(login, false));
        calls.clear();
        AuthenticationStatus again = new Pilots().validateRequest(request(null), null, context(login, false));
        assertThat(again).isEqualTo(AuthenticationStatus.NOT_DONE);
        assertThat(calls).doesNotContainKey("notifyContainerAboutLogin");
    }

    @Test
    void unprotectedOrLoggedIn_doesNothing() {
        assertThat(new Pilots().validateRequest(request(null), null, context(null, false)))
                .isEqualTo(AuthenticationStatus.NOT_DONE);
        assertThat(new Pilots().validateRequest(request(() -> "2147000002"), null, context(null, true)))
                .isEqualTo(AuthenticationStatus.NOT_DONE);
        assertThat(calls).doesNotContainKeys("redirect", "notifyContainerAboutLogin");
    }

    @Test
    void anonymousOnProtectedResourceOrAuthenticateCall_needsLogin() {
        assertThat(EveSsoAuthenticationMechanism.needsLogin(request(null), context(null, true, false))).isTrue();
        assertThat(EveSsoAuthenticationMechanism.needsLogin(request(null), context(null, false, true))).isTrue();
        assertThat(EveSsoAuthenticationMechanism.needsLogin(request(null), context(null, false, false))).isFalse();
        assertThat(EveSsoAuthenticationMechanism.needsLogin(request(() -> "2147000002"), context(null, false, true)))
                .isFalse();
    }
}
