package dev.esi4j.jaxrs.internal.flow;

import java.security.Principal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import dev.esi4j.jaxrs.internal.web.ReturnTarget;

/**
 * The servlet request a flow step runs in, plus where the application's SSO resource lives.
 *
 * @param request  the servlet request
 * @param response the servlet response (for Jakarta Security calls), may be {@code null}
 * @param ssoBase raw path of the application's {@code SsoResource} subclass (e.g. {@code /app/api/sso}), or
 *                {@code null} when the application has none
 */
public record FlowContext(HttpServletRequest request, HttpServletResponse response, String ssoBase) {

    /** @return the current request as a return target; empty when its URL is not a plain local one */
    public Optional<ReturnTarget> target() {
        String query = request.getQueryString();
        String location = query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
        return ReturnTarget.local(request.getMethod(), location);
    }

    /** @return the caller's principal name, empty when nobody is logged in */
    public Optional<String> principal() {
        return Optional.ofNullable(request.getUserPrincipal()).map(Principal::getName);
    }

    /**
     * @param create whether to create a session when there is none
     * @return the session, {@code null} when there is none and {@code create} is false
     */
    public HttpSession session(boolean create) {
        return request.getSession(create);
    }

    /** @return the browser's languages, most preferred first */
    public List<Locale> languages() {
        return request.getHeader("Accept-Language") == null ? List.of() : Collections.list(request.getLocales());
    }

    /** @return the application's start page (context root) */
    public String startPage() {
        return request.getContextPath().isEmpty() ? "/" : request.getContextPath() + "/";
    }

    /**
     * @param sub path below the SSO resource ({@code select}, {@code select.css})
     * @return its raw path
     * @throws IllegalStateException when the application has no SSO resource
     */
    public String ssoPath(String sub) {
        if (ssoBase == null) {
            throw new IllegalStateException("ESI20091: no subclass of dev.esi4j.jaxrs.SsoResource is deployed;"
                    + " add one with @Path to enable the selection page and the SSO callback");
        }
        return ssoBase + "/" + sub;
    }
}
