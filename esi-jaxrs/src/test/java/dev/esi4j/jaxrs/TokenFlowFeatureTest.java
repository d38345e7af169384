package dev.esi4j.jaxrs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

import org.junit.jupiter.api.Test;

/** The dynamic feature: one filter per guarded resource method, none elsewhere; misuse fails the start. */
class TokenFlowFeatureTest {

    final List<Object> registered = new ArrayList<>();

    FeatureContext context() {
        return (FeatureContext) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {FeatureContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("register")) {
                        registered.add(args[0]);
                    }
                    return proxy;
                });
    }

    static ResourceInfo info(Class<?> type, String method) throws NoSuchMethodException {
        Method m = type.getMethod(method);
        return new ResourceInfo() {
            @Override
            public Method getResourceMethod() {
                return m;
            }

            @Override
            public Class<?> getResourceClass() {
                return type;
            }
        };
    }

    @Test
    void guardedMethods_getOneFilterEach_plainMethodsNone() throws Exception {
        TokenFlowFeature feature = new TokenFlowFeature();
        feature.configure(info(Resource.class, "guarded"), context());
        feature.configure(info(Resource.class, "plain"), context());
        feature.configure(info(ClassGuarded.class, "any"), context());
        assertThat(registered).hasSize(2);
    }

    @Test
    void misuseOnResourceClass_failsStartWithCode() {
        assertThatThrownBy(() -> new TokenFlowFeature().configure(info(Misused.class, "both"), context()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ESI20001")
                .hasMessageContaining("Misused#both()");
    }

    @Test
    void ssoResourceSubclass_getsNoFilter() throws Exception {
        new TokenFlowFeature().configure(info(Sso.class, "css"), context());
        assertThat(registered).isEmpty();
    }

    @Path("r")
    public static class Resource {
        @GET
        @TokenRequired(scopes = "esi-skills.read_skills.v1")
        public String guarded() {
            return "";
        }

        @GET
        public String plain() {
            return "";
        }
    }

    @Path("c")
    @SingleUseToken(scopes = "esi-skills.read_skills.v1")
    public static class ClassGuarded {
        @GET
        public String any() {
            return "";
        }
    }

    @Path("m")
    public static class Misused {
        @GET
        @TokenRequired
        @TokensRequired
        public String both() {
            return "";
        }
    }

    @Path("sso")
    public static class Sso extends SsoResource {
    }
}
