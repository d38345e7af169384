package dev.esi4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.esi4j.EsiClient;
import dev.esi4j.EsiException;
import dev.esi4j.simulator.EsiSimulator;
import dev.esi4j.simulator.EsiSimulatorExtension;
import dev.esi4j.simulator.Fault;

/**
 * MISSION 4.20 on the simulator: with every esi4j logger at its finest level, authenticated calls, retried gateway
 * errors, client errors and malformed bodies never put a token or a response body into a log record.
 */
class LogHygieneIT {

    static final long CHAR_A = 2147000001L;
    static final String WALLET = "GetCharactersCharacterIdWallet";

    @RegisterExtension
    static final EsiSimulatorExtension SIM = new EsiSimulatorExtension();

    private final Logger esi4j = Logger.getLogger("dev.esi4j");
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter format = new SimpleFormatter();

        @Override
        public void publish(LogRecord r) {
            StringWriter text = new StringWriter();
            text.append(format.format(r));
            if (r.getThrown() != null) {
                r.getThrown().printStackTrace(new PrintWriter(text));
            }
            logged.add(text.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level before;
    private EsiClient esi;

    @BeforeEach
    void listen() {
        before = esi4j.getLevel();
        esi4j.setLevel(Level.ALL);
        esi4j.addHandler(capture);
    }

    @AfterEach
    void stop() {
        esi4j.removeHandler(capture);
        esi4j.setLevel(before);
        if (esi != null) {
            esi.close();
        }
    }

    @Test
    @DisplayName("4.20: tokens and bodies never reach the logs, at any level, on success or failure")
    void noTokensOrBodiesInLogs(EsiSimulator sim) {
        String token = sim.sso().accessToken(CHAR_A, "esi-wallet.read_character_wallet.v1");
        esi = EngineSimulatorIT.client(sim, java.time.Clock.systemUTC());
        esi.operation(WALLET).accessToken(token).result();

        sim.faults().on(WALLET).times(2).inject(Fault.response(502, "text/html",
                "<html><body>SECRET-BODY-502</body></html>"));
        esi.operation(WALLET).accessToken(token).ignoreCache().result();
        sim.faults().clear();
        sim.faults().on(WALLET).inject(Fault.response(400, "text/plain", "SECRET-BODY-400"));
        assertThatThrownBy(() -> esi.operation(WALLET).accessToken(token).ignoreCache().result())
                .isInstanceOf(EsiException.class);
        sim.faults().clear();
        sim.faults().on("GetStatus").inject(Fault.response(200, "application/json", "{\"SECRET-BODY-BAD\": "));
        assertThatThrownBy(() -> esi.operation("GetStatus").result()).isInstanceOf(EsiException.class);
        sim.faults().clear();
        sim.faults().on("GetAlliances").times(1).inject(Fault.rateLimited(Duration.ofSeconds(1))
                .withHeader("X-Debug", "SECRET-BODY-HEADER"));
        esi.operation("GetAlliances").result();

        assertThat(String.join("\n", logged)).as("the failure paths did log").contains("ESI01015", "HTTP 502, retry 1");
        assertThat(String.join("\n", logged)).doesNotContain(token).doesNotContain("SECRET-BODY")
                .doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }
}
