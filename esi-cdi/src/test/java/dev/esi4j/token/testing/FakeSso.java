package dev.esi4j.token.testing;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

import dev.esi4j.sso.AccessTokenClaims;
import dev.esi4j.sso.AuthorizationRequest;
import dev.esi4j.sso.InvalidGrantException;
import dev.esi4j.sso.SsoClient;
import dev.esi4j.sso.SsoTokens;

/**
 * Test seam for {@link SsoClient}: refresh answers are scripted per refresh token and used once (rotation: a spent
 * refresh token then gets {@code invalid_grant}, like EVE SSO). Records every refresh and revocation.
 */
public class FakeSso implements SsoClient {

    private final Map<String, Object> answers = new ConcurrentHashMap<>();
    public final List<String> refreshCalls = new CopyOnWriteArrayList<>();
    public final List<String> revoked = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch gate;
    private volatile CountDownLatch entered;
    private volatile RuntimeException revokeFailure;

    /** The refresh token {@code rt} will be answered once with {@code tokens}. */
    public FakeSso answer(String rt, SsoTokens tokens) {
        answers.put(rt, tokens);
        return this;
    }

    /** The refresh token {@code rt} will fail with {@code failure} (every time, transient failures do not spend). */
    public FakeSso fail(String rt, RuntimeException failure) {
        answers.put(rt, failure);
        return this;
    }

    /** Refresh calls block until {@link #open()}; {@link #awaitEntered()} waits for the first one to arrive. */
    public FakeSso closeGate() {
        gate = new CountDownLatch(1);
        entered = new CountDownLatch(1);
        return this;
    }

    public void awaitEntered() throws InterruptedException {
        entered.await();
    }

    public void open() {
        gate.countDown();
    }

    public FakeSso failRevocations(RuntimeException failure) {
        revokeFailure = failure;
        return this;
    }

    @Override
    public SsoTokens refresh(String refreshToken) {
        refreshCalls.add(refreshToken);
        CountDownLatch g = gate;
        if (g != null) {
            entered.countDown();
            try {
                g.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Object answer = answers.get(refreshToken);
        if (answer instanceof RuntimeException failure) {
            throw failure;
        }
        if (answer == null || !answers.remove(refreshToken, answer)) {
            throw new InvalidGrantException("invalid_grant");
        }
        return (SsoTokens) answer;
    }

    @Override
    public void revoke(String refreshToken) {
        revoked.add(refreshToken);
        if (revokeFailure != null) {
            throw revokeFailure;
        }
    }

    @Override
    public AuthorizationRequest startAuthorization(Collection<String> scopes) {
        throw new UnsupportedOperationException("not part of this seam");
    }

    @Override
    public SsoTokens exchangeCode(String code, String codeVerifier) {
        throw new UnsupportedOperationException("not part of this seam");
    }

    @Override
    public AccessTokenClaims verify(String accessToken) {
        throw new UnsupportedOperationException("not part of this seam");
    }
}
