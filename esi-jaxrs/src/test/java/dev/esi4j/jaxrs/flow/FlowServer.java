package dev.esi4j.jaxrs.flow;

import java.util.EnumSet;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.spi.ConfigProviderResolver;
import org.jboss.resteasy.cdi.ResteasyCdiExtension;
import org.jboss.resteasy.plugins.server.servlet.HttpServlet30Dispatcher;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import dev.esi4j.cdi.EsiConfigProducer;
import dev.esi4j.cdi.SsoClientProducer;
import dev.esi4j.cdi.TokenProducers;
import dev.esi4j.config.EsiConfig;
import dev.esi4j.jaxrs.internal.RequestTokenHolder;
import dev.esi4j.jaxrs.internal.SingleUseTokenInterceptor;
import dev.esi4j.jaxrs.internal.TokenFlowExtension;
import dev.esi4j.jaxrs.internal.TokenRequiredInterceptor;
import dev.esi4j.jaxrs.internal.TokensRequiredInterceptor;
import dev.esi4j.jaxrs.internal.flow.FlowServices;
import dev.esi4j.simulator.EsiSimulator;
import dev.esi4j.token.TokenService;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.inject.ConfigExtension;

/**
 * The flow-test runtime, all in this JVM on loopback: the ESI/SSO simulator, Jetty (ee10 servlet, sessions) with
 * RESTEasy and Weld (CDI, request context per request), the esi4j beans, and the test application under
 * {@code /app/api}.
 */
final class FlowServer implements AutoCloseable {

    static final String CONTEXT = "/app";

    final EsiSimulator sim;
    final Server jetty;
    final WeldContainer weld;
    final String origin;
    private final Config config;

    FlowServer() throws Exception {
        int port = freePort();
        origin = "http://127.0.0.1:" + port;
        String callback = origin + CONTEXT + "/api/sso/callback";
        sim = EsiSimulator.builder().callbackUrl(callback).start();
        config = new SmallRyeConfigBuilder().addDefaultInterceptors().withSources(new PropertiesConfigSource(Map.of(
                "esi.sso.client-id", "client-0001",
                "esi.sso.client-secret", "secret-0001",
                "esi.sso.callback-url", callback,
                "esi.sso.base-url", sim.baseUrl(),
                "esi.app.name", "FlowTest",
                "esi.user-contact-email", "flows@example.test"), "flow-test", 500)).build();
        ConfigProviderResolver.instance().registerConfig(config, Thread.currentThread().getContextClassLoader());
        weld = new Weld().disableDiscovery().addExtension(new ConfigExtension()).addExtension(new ResteasyCdiExtension())
                .addExtension(new TokenFlowExtension())
                .addBeanClasses(EsiConfigProducer.class, SsoClientProducer.class, TokenProducers.class,
                        FlowServices.class, RequestTokenHolder.class, TokenRequiredInterceptor.class,
                        TokensRequiredInterceptor.class, SingleUseTokenInterceptor.class, TestBeans.class,
                        FlowResources.Guarded.class, FlowResources.GuardedService.class)
                .initialize();
        weld.select(EsiConfig.class).get().ssoClientId();
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        jetty.addConnector(connector);
        jetty.setHandler(context());
        jetty.start();
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static ServletContextHandler context() {
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(CONTEXT);
        context.addFilter(new FilterHolder(new TestSecurity()), "/*", EnumSet.of(DispatcherType.REQUEST));
        ServletHolder rest = new ServletHolder(new HttpServlet30Dispatcher());
        rest.setInitParameter("jakarta.ws.rs.Application", FlowResources.App.class.getName());
        rest.setInitParameter("resteasy.servlet.mapping.prefix", "/api");
        rest.setInitParameter("resteasy.injector.factory", "org.jboss.resteasy.cdi.CdiInjectorFactory");
        context.addServlet(rest, "/api/*");
        return context;
    }

    TokenService tokens() {
        return weld.select(TokenService.class).get();
    }

    Browser browser() {
        return new Browser(origin);
    }

    @Override
    public void close() throws Exception {
        try {
            jetty.stop();
        } finally {
            weld.close();
            sim.close();
            ConfigProviderResolver.instance().releaseConfig(config);
        }
    }
}
