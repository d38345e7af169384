package dev.esi4j.internal.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SsoSecretsTest extends StubSsoTestBase {

    private final List<String> logged = new ArrayList<>();
    private final Logger logger = Logger.getLogger("dev.esi4j");
    private Level previous;
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(new SimpleFormatter().format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureLogs() {
        previous = logger.getLevel();
        logger.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        logger.addHandler(capture);
    }

    @AfterEach
    void releaseLogs() {
        logger.removeHandler(capture);
        logger.setLevel(previous);
    }

    @Test
    @DisplayName("tokens, codes, verifiers and the client secret never appear in logs, messages or toString")
    void everyPath_noSecretsInLogsOrMessages() {
        String accessToken = at();
        List<String> texts = new ArrayList<>();
        answerTokens(accessToken, "RT-SECRET-2");
        texts.add(client.refresh("RT-SECRET-1").toString());
        sso.tokenAnswers(StubSso.Answer.json(400, "{\"error\":\"invalid_grant\"}"),
                StubSso.Answer.json(401, "{\"error\":\"invalid_client\"}"),
                StubSso.Answer.json(503, "{}"), StubSso.Answer.json(503, "{}"), StubSso.Answer.json(503, "{}"),
                StubSso.Answer.json(200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"MAC\"}"));
        texts.add(message(() -> client.exchangeCode("CODE-SECRET", "VERIFIER-SECRET")));
        texts.add(message(() -> client.refresh("RT-SECRET-1")));
        texts.add(message(() -> client.refresh("RT-SECRET-1")));
        texts.add(message(() -> client.exchangeCode("CODE-SECRET", "VERIFIER-SECRET")));
        sso.route("/oauth/jwks", r -> StubSso.Answer.json(503, "{}"));
        sso.route("/.well-known/oauth-authorization-server", r -> StubSso.Answer.json(503, "{}"));
        clock.advance(Duration.ofHours(2));
        texts.add(message(() -> client.verify(accessToken)));
        texts.add(message(() -> client.verify(accessToken + "x")));
        texts.add(client.startAuthorization(List.of(TestKeys.SCOPE_A)).toString());
        texts.add(client.toString());
        texts.addAll(logged);

        assertThat(logged).anySatisfy(line -> assertThat(line).contains("ESI03001"));
        assertThat(texts).isNotEmpty().allSatisfy(text -> assertThat(text)
                .doesNotContain("RT-SECRET").doesNotContain("CODE-SECRET").doesNotContain("VERIFIER-SECRET")
                .doesNotContain(TestKeys.CLIENT_SECRET).doesNotContain(accessToken.substring(0, 30))
                .doesNotContain(accessToken.substring(accessToken.lastIndexOf('.') + 1)));
    }

    private static String message(Runnable call) {
        Throwable failure = catchThrowable(call::run);
        assertThat(failure).isNotNull();
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t).append('\n');
        }
        return all.toString();
    }
}
