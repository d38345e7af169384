package dev.esi4j.jaxrs.internal.flow;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

import dev.esi4j.jaxrs.internal.web.PageText;
import dev.esi4j.jaxrs.internal.web.Pages;
import dev.esi4j.jaxrs.internal.web.SessionFlows;
import dev.esi4j.jaxrs.internal.web.SessionSecrets;
import dev.esi4j.sso.InvalidGrantException;
import dev.esi4j.sso.SsoClient;
import dev.esi4j.sso.SsoException;
import dev.esi4j.sso.SsoTokens;
import dev.esi4j.sso.SsoUnavailableException;
import dev.esi4j.token.Token;

/**
 * Steps 3-4: the SSO callback. Rejects missing parameters, a missing session, unknown, mismatched, replayed and
 * expired state without calling the SSO (CASES B17); shows SSO {@code error}s on a clear page; exchanges the code
 * exactly once, stores the token, renews the session id and returns the browser to the stored target.
 */
public final class CallbackController {

    private static final System.Logger LOG = System.getLogger(CallbackController.class.getName());

    private final SsoClient sso;
    private final FlowStore store;
    private final TokenAccess tokens;
    private final Clock clock;
    private final Duration maxAge;
    private final List<String> languages;

    /**
     * @param sso       SSO client
     * @param store     pending flows
     * @param tokens    token port
     * @param clock     time source
     * @param maxAge    lifetime of pending flows
     * @param languages enabled page languages
     */
    public CallbackController(SsoClient sso, FlowStore store, TokenAccess tokens, Clock clock, Duration maxAge,
            List<String> languages) {
        this.sso = sso;
        this.store = store;
        this.tokens = tokens;
        this.clock = clock;
        this.maxAge = maxAge;
        this.languages = List.copyOf(languages);
    }

    /**
     * @param context the callback request
     * @param params  the callback's query parameters
     * @param login   optional "Log in with EVE Online" hook, {@code null} when the application has none
     * @return the redirect back, or an error page
     */
    public Decision handle(FlowContext context, CallbackParams params, LoginHook login) {
        HttpSession session = context.session(false);
        Optional<String> binding = SessionSecrets.existingBinding(session);
        if (params.error() != null) {
            binding.ifPresent(b -> Optional.ofNullable(params.state()).ifPresent(s -> store.consume(s, b)));
            LOG.log(Level.DEBUG, "SSO callback with error {0}", params.error());
            return error(context, 400, "error.exchange", params.errorText());
        }
        if (params.code() == null || params.state() == null) {
            return error(context, 400, "error.missing", null);
        }
        if (binding.isEmpty()) {
            return error(context, 400, "error.session", null);
        }
        Optional<PendingFlow> flow = store.consume(params.state(), binding.get());
        if (flow.isEmpty()) {
            LOG.log(Level.DEBUG, "SSO callback with unknown, foreign or replayed state");
            return error(context, 400, "error.state", null);
        }
        if (flow.get().createdAt().plus(maxAge).isBefore(clock.instant())) {
            return error(context, 400, "error.expired", null);
        }
        return exchange(context, flow.get(), params.code(), login);
    }

    private Decision exchange(FlowContext context, PendingFlow flow, String code, LoginHook login) {
        SsoTokens answer;
        try {
            answer = sso.exchangeCode(code, flow.codeVerifier()); // step 3: once, never retried
        } catch (InvalidGrantException e) {
            return error(context, 400, "error.exchange", null);
        } catch (SsoUnavailableException e) {
            LOG.log(Level.WARNING, "ESI20201: EVE SSO unavailable during code exchange: {0}", e.getMessage());
            return error(context, 503, "error.unavailable", null);
        } catch (SsoException e) {
            LOG.log(Level.WARNING, "ESI20202: code exchange failed: {0}", e.getMessage());
            return error(context, 502, "error.exchange", null);
        }
        Optional<String> owner = flow.singleUse() ? Optional.empty() : context.principal();
        boolean logIn = owner.isEmpty() && !flow.singleUse() && login != null;
        if (logIn) {
            owner = Optional.of(login.principalName(answer.claims()));
        }
        Token token = tokens.saveLogin(answer, owner.orElse(null));
        context.request().changeSessionId(); // session-fixation defence
        if (logIn) {
            login.login(context, answer.claims());
        }
        HttpSession session = context.session(true);
        SessionFlows.putHandoff(session, flow.target(), new SessionFlows.Handoff(List.of(token.id().orElseThrow()),
                flow.singleUse(), clock.instant().plus(maxAge)));
        LOG.log(Level.DEBUG, "SSO flow finished for {0}", flow);
        if (flow.target().redirectable()) { // step 4
            return new Decision.Redirect(303, flow.target().location());
        }
        return new Decision.Page(200, Pages.resume(text(context), flow.target()));
    }

    private Decision error(FlowContext context, int status, String key, String ssoError) {
        return new Decision.Page(status, Pages.error(text(context), key, ssoError, context.startPage()));
    }

    private PageText text(FlowContext context) {
        return PageText.choose(context.languages(), languages);
    }
}
