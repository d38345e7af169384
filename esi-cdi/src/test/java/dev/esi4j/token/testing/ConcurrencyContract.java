package dev.esi4j.token.testing;

import static dev.esi4j.token.testing.TokenFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.esi4j.token.Token;
import dev.esi4j.token.TokenService;

/** CASES B07: concurrent refresh of one token, in one JVM and across "nodes" sharing the store. */
public abstract class ConcurrencyContract extends TokenServiceContract {

    @ParameterizedTest(name = "{0} threads on node 1, {1} on node 2")
    @CsvSource({"8, 0", "4, 4", "50, 4"})
    @DisplayName("B07: concurrent validAccessToken() calls cause exactly one SSO refresh and lose no token")
    void b07_concurrentRefresh_singleSsoCall(int node1Threads, int node2Threads) throws Exception {
        Token t1 = expiredToken(U1, "RT-1", A);
        long id = t1.id().orElseThrow();
        TokenService node2 = service(secondNodeStore(), Map.of());
        sso.closeGate().answer("RT-1", fresh("AT-1", "RT-2"));

        List<Thread> threads = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(node1Threads + node2Threads, r -> {
            Thread thread = new Thread(r, "b07-" + threads.size());
            threads.add(thread);
            return thread;
        });
        try {
            List<Future<String>> results = new ArrayList<>();
            results.add(pool.submit(call(service, id)));
            sso.awaitEntered();
            for (int i = 1; i < node1Threads; i++) {
                results.add(pool.submit(call(service, id)));
            }
            for (int i = 0; i < node2Threads; i++) {
                results.add(pool.submit(call(node2, id)));
            }
            ThreadStates.awaitAllParkedExcept(threads, results.size(), "b07-0");
            sso.open();
            for (Future<String> result : results) {
                assertThat(result.get()).isEqualTo("AT-1");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sso.refreshCalls).containsExactly("RT-1");
        assertThat(service.findOptionalById(id)).isPresent();
        assertThat(stored(t1).refreshToken()).isEqualTo(expectedStoredRefreshToken("RT-2"));
    }

    /** @return how the store holds the plain refresh token (hook for encryption tests) */
    protected String expectedStoredRefreshToken(String plain) {
        return plain;
    }

    private static Callable<String> call(TokenService on, long id) {
        return () -> on.findOptionalById(id).orElseThrow().validAccessToken();
    }
}
