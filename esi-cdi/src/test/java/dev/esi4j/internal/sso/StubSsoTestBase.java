package dev.esi4j.internal.sso;

import java.io.IOException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import dev.esi4j.config.EsiConfig;

/** Starts a {@link StubSso} with keys A, B and E and a client at T0 for each test. */
abstract class StubSsoTestBase {

    StubSso sso;
    TestSupport.MutableClock clock;
    TestSupport.RecordingSleeper sleeper;
    DefaultSsoClient client;

    @BeforeEach
    void startStub() throws IOException {
        sso = new StubSso();
        sso.jwks(TestKeys.jwks(TestKeys.KEY_A, TestKeys.KEY_B, TestKeys.KEY_E), "Cache-Control", "max-age=300");
        clock = new TestSupport.MutableClock(TestKeys.T0);
        sleeper = new TestSupport.RecordingSleeper();
        client = newClient(TestSupport.config(sso.base()).build());
    }

    DefaultSsoClient newClient(EsiConfig config) {
        if (client != null) {
            client.close();
        }
        client = new DefaultSsoClient(config, clock, sleeper);
        return client;
    }

    @AfterEach
    void stopStub() {
        client.close();
        sso.close();
    }

    String at(Object... claimOverrides) {
        return TestKeys.jwt(TestKeys.KEY_A, TestKeys.claims(claimOverrides));
    }

    void answerTokens(String accessToken, String refreshToken) {
        sso.tokenAnswers(StubSso.Answer.json(200, TestSupport.tokenResponse(accessToken, refreshToken)));
    }
}
