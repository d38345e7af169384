package dev.esi4j.jaxrs.flow;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;

import dev.esi4j.jaxrs.CurrentToken;
import dev.esi4j.jaxrs.CurrentTokens;
import dev.esi4j.jaxrs.SingleUseToken;
import dev.esi4j.jaxrs.SsoResource;
import dev.esi4j.jaxrs.TokenFlowFeature;
import dev.esi4j.jaxrs.TokenRequired;
import dev.esi4j.jaxrs.TokenUnavailableException;
import dev.esi4j.jaxrs.TokensRequired;
import dev.esi4j.token.Token;

/** The application under test: an SSO resource subclass and guarded resources. */
final class FlowResources {

    static final String A = "esi-skills.read_skills.v1";
    static final String B = "esi-wallet.read_character_wallet.v1";
    static final String C = "esi-assets.read_assets.v1";

    private FlowResources() {
    }

    static String describe(Token token) {
        return token.id().orElseThrow() + ":" + token.characterName() + ":" + token.owner().orElse("-");
    }

    @ApplicationPath("api")
    public static class App extends Application {
        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(TokenFlowFeature.class, Sso.class, Guarded.class, Unavailable.class);
        }
    }

    /** The application opts in to the SSO endpoints at /api/sso. */
    @Path("sso")
    public static class Sso extends SsoResource {
    }

    @Path("guarded")
    @RequestScoped
    public static class Guarded {

        @Inject
        CurrentToken current;
        @Inject
        CurrentTokens all;
        @Inject
        GuardedService service;

        @GET
        @Path("one")
        @TokenRequired(scopes = A + " " + B)
        public String one() {
            return "one:" + describe(current.get());
        }

        @GET
        @Path("fresh")
        @TokenRequired(scopes = A, newToken = true)
        public String fresh() {
            return "fresh:" + describe(current.get());
        }

        @GET
        @Path("all")
        @TokensRequired(scopes = {A})
        public String all() {
            return "all:" + all.list().stream().map(FlowResources::describe).sorted().collect(Collectors.joining(","));
        }

        @GET
        @Path("allfresh")
        @TokensRequired(scopes = A, newToken = true)
        public String allFresh() {
            return "allfresh:" + all.list().stream().map(FlowResources::describe).sorted()
                    .collect(Collectors.joining(","));
        }

        @GET
        @Path("single")
        @SingleUseToken(scopes = A)
        public String single() {
            return "single:" + describe(current.get());
        }

        @GET
        @Path("nested")
        @SingleUseToken(scopes = A)
        public String nested() {
            String inner = service.name();
            return "nested:" + inner + ":" + describe(current.get());
        }

        @GET
        @Path("param")
        @TokenRequired(scopes = A)
        public String param(@Context CurrentToken token) {
            return "param:" + describe(token.get());
        }

        @POST
        @Path("post")
        @TokenRequired(scopes = C)
        public String post() {
            return "post:" + describe(current.get());
        }

        @GET
        @Path("ac")
        @TokenRequired(scopes = {A, C})
        public String ac() {
            return "ac:" + describe(current.get());
        }

        @GET
        @Path("plain")
        public String plain() {
            return "plain:" + current.isPresent();
        }

        @GET
        @Path("service")
        public Response service() {
            try {
                return Response.ok("service:" + service.name()).build();
            } catch (TokenUnavailableException e) {
                return Response.status(409).entity(e.reason().name()).build();
            }
        }
    }

    /** A CDI bean guarded by the interceptor (no JAX-RS involved). */
    @ApplicationScoped
    public static class GuardedService {
        @Inject
        CurrentToken current;

        @TokenRequired(scopes = A)
        public String name() {
            return current.get().characterName();
        }
    }

    @Path("unavailable")
    public static class Unavailable {
        @GET
        public String get() {
            return "ok";
        }
    }
}
