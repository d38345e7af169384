package dev.esi4j.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The demo's own forms (log out, run a cleanup job) carry a random token kept in the session, so another site cannot
 * post them in the user's name.
 */
final class DemoCsrf {

    /** Form field and session attribute name. */
    static final String FIELD = "demo-csrf";

    private static final SecureRandom RANDOM = new SecureRandom();

    private DemoCsrf() {
    }

    /** @return the hidden form field with the session's token (creates the session when needed) */
    static String field(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(FIELD);
        if (token == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(FIELD, token);
        }
        return "<input type=\"hidden\" name=\"" + FIELD + "\" value=\"" + token + "\">";
    }

    /** @return the answer to a post without the session's token */
    static Response refused() {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE)
                .entity("this form has expired: reload the page and try again").build();
    }

    /** @return whether the posted token is the session's */
    static boolean valid(HttpServletRequest request, String posted) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(FIELD);
        return token != null && posted != null && MessageDigest.isEqual(
                token.toString().getBytes(StandardCharsets.US_ASCII), posted.getBytes(StandardCharsets.US_ASCII));
    }
}
