package dev.esi4j.jaxrs.flow;

import java.io.IOException;
import java.security.Principal;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Stands in for the application's Jakarta Security mechanism and the container's CDI request context: the user
 * logs in at {@code /app/test-login?user=U1} (kept in the session); {@code authenticate()} of an anonymous request
 * redirects to {@code /app/login-page}, as a form mechanism would.
 */
final class TestSecurity implements Filter {

    static final String USER = "test.user";
    static final ThreadLocal<Principal> CALLER = new ThreadLocal<>();

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (request.getRequestURI().equals("/app/test-login")) {
            request.getSession(true).setAttribute(USER, request.getParameter("user"));
            response.setStatus(204);
            return;
        }
        RequestContextController context = CDI.current().select(RequestContextController.class).get();
        context.activate();
        try {
            Wrapped wrapped = new Wrapped(request);
            CALLER.set(wrapped.getUserPrincipal());
            chain.doFilter(wrapped, response);
        } finally {
            CALLER.remove();
            context.deactivate();
        }
    }

    private static final class Wrapped extends HttpServletRequestWrapper {

        Wrapped(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Principal getUserPrincipal() {
            HttpSession session = getSession(false);
            Object user = session == null ? null : session.getAttribute(USER);
            return user == null ? null : () -> (String) user;
        }

        @Override
        public String getRemoteUser() {
            Principal principal = getUserPrincipal();
            return principal == null ? null : principal.getName();
        }

        @Override
        public boolean authenticate(HttpServletResponse response) {
            if (getUserPrincipal() != null) {
                return true;
            }
            response.setStatus(302);
            response.setHeader("Location", "/app/login-page");
            return false;
        }
    }
}
