package dev.esi4j.bench.web;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.esi4j.jaxrs.EveSsoAuthenticationMechanism;

/** EVE SSO as the application's login; the login token already has the scope the guarded resource needs. */
@ApplicationScoped
public class BenchLogin extends EveSsoAuthenticationMechanism {

    /** Scope of the login and of the guarded resource. */
    public static final String SCOPE = "esi-skills.read_skills.v1";

    @Override
    protected Set<String> loginScopes() {
        return Set.of(SCOPE);
    }
}
