package dev.esi4j.demo;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.esi4j.jaxrs.EveSsoAuthenticationMechanism;

/**
 * "Log in with EVE Online" as the demo's only login: the SSO character becomes the caller principal. The scopes of
 * the character pages are requested with the login, so those pages need no second trip to EVE SSO.
 */
@ApplicationScoped
public class DemoLogin extends EveSsoAuthenticationMechanism {

    @Override
    protected Set<String> loginScopes() {
        return Set.of(DemoScopes.CHARACTER.split(" "));
    }
}
