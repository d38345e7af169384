package dev.esi4j.scheduler.internal;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;

import dev.esi4j.sso.SsoConfigurationException;
import dev.esi4j.token.Token;
import dev.esi4j.token.TokenData;
import dev.esi4j.token.TokenException;
import dev.esi4j.token.TokenService;

/**
 * Refreshes one expired token through the {@link TokenService} (single-flight, rotated refresh token stored in the
 * same transaction) and sorts the outcome: refreshed; cannot be refreshed (no refresh token, refused by the SSO,
 * changed owner: to be deleted); transient failure (SSO unreachable, 5xx, 429, anything unexpected: kept).
 * Refused client credentials would fail every token, so they stop the run instead.
 */
public final class ExpiredTokenRefresher {

    private static final System.Logger LOG = System.getLogger("dev.esi4j.scheduler");

    private final TokenService service;
    private final Instant cutoff;

    /**
     * @param service the token service
     * @param cutoff  tokens expiring at or before it count as expired (the run's start)
     */
    public ExpiredTokenRefresher(TokenService service, Instant cutoff) {
        this.service = service;
        this.cutoff = cutoff;
    }

    /**
     * @param data  a token read as expired
     * @param tally where the outcome goes
     */
    public void refresh(TokenData data, PageTally tally) {
        if (tally.aborted()) {
            return;
        }
        if (data.refreshToken() == null) {
            tally.invalid(data.id());
            return;
        }
        Optional<Token> current = service.findOptionalById(data.id());
        if (current.isEmpty() || !expired(current.get().expiresAt())) {
            tally.gone();
            return;
        }
        try {
            Token fresh = service.refresh(current.get());
            tally.refreshed(expired(fresh.expiresAt()));
        } catch (TokenException e) {
            LOG.log(Level.DEBUG, "token {0} cannot be refreshed, deleting it: {1}", data.id(), e.getMessage());
            tally.invalid(data.id());
        } catch (SsoConfigurationException e) {
            tally.abort(e);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "refresh of token {0} failed, keeping it: {1}", data.id(), e.toString());
            tally.transientFailure();
        }
    }

    private boolean expired(Instant expiresAt) {
        return expiresAt == null || !expiresAt.isAfter(cutoff);
    }
}
