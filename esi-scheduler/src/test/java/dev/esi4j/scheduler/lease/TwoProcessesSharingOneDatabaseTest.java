package dev.esi4j.scheduler.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.h2.tools.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.esi4j.scheduler.JdbcJobLease;

/**
 * Two JVMs (two "servers") share one H2 database over TCP and fire together for the same 100 slots (a barrier in the
 * database lines them up, as the shared calendar lines up real timers): every slot runs exactly once, on one of them.
 */
class TwoProcessesSharingOneDatabaseTest {

    private static final int SLOTS = 100;
    private Server server;
    private String url;

    @BeforeEach
    void startServer() throws Exception {
        server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/mem:procs" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        new JdbcJobLease(Databases.h2(url), JdbcJobLease.DEFAULT_TABLE, "setup", Clock.systemUTC())
                .createTableIfNotExists();
        try (Connection c = Databases.h2(url).getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE lease_barrier (owner_id VARCHAR(64) PRIMARY KEY, slot BIGINT NOT NULL)");
        }
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void twoJvmsFireForEverySlot_eachSlotRunsExactlyOnce(@TempDir Path dir) throws Exception {
        Process a = node("node-a", dir.resolve("a.txt"));
        Process b = node("node-b", dir.resolve("b.txt"));
        assertThat(a.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(a.exitValue()).isZero();
        assertThat(b.exitValue()).isZero();

        List<Long> wonA = wins(dir.resolve("a.txt"));
        List<Long> wonB = wins(dir.resolve("b.txt"));
        List<Long> all = new ArrayList<>(wonA);
        all.addAll(wonB);
        assertThat(all).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, SLOTS).boxed().toList());
    }

    private Process node(String owner, Path out) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        return new ProcessBuilder(java, "-cp", classpath, LeaseNodeMain.class.getName(), url, owner,
                String.valueOf(SLOTS), "2")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    }

    private static List<Long> wins(Path out) throws Exception {
        return Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("won "))
                .map(l -> Long.parseLong(l.substring(4).trim())).toList();
    }
}
