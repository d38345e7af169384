package dev.esi4j.jaxrs.internal.flow;

import java.util.List;

import dev.esi4j.token.Token;

/** What the current request gets: run with tokens, a redirect, a page, or the application's login. */
public sealed interface Decision {

    /**
     * Run the resource with these tokens.
     *
     * @param tokens    the tokens, never empty
     * @param singleUse delete them after the request
     */
    record Proceed(List<Token> tokens, boolean singleUse) implements Decision {
        /** Copies. */
        public Proceed {
            tokens = List.copyOf(tokens);
        }
    }

    /**
     * Send the browser elsewhere.
     *
     * @param status   302 or 303
     * @param location absolute (EVE SSO) or same-origin relative URL
     */
    record Redirect(int status, String location) implements Decision {
    }

    /**
     * Answer with an HTML page.
     *
     * @param status HTTP status
     * @param html   the page
     */
    record Page(int status, String html) implements Decision {
    }

    /** Trigger the application's Jakarta Security login first. */
    record Login() implements Decision {
    }
}
