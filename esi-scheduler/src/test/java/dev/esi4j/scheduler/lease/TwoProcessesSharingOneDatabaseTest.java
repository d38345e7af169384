package dev.esi4j.scheduler.lease;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Two JVMs (two "servers") share one H2 database over TCP and fire for the same 60 slots at the same wall-clock
 * instants, 100 ms apart, as their timers would: no slot runs twice. A slot is skipped by design only when it fires
 * while the other node is still inside its run of the previous slot (runs never overlap), which needs a stall of
 * 100 ms between that node's acquire and release; the test allows a few such skips on a loaded machine.
 */
class TwoProcessesSharingOneDatabaseTest {

    private static final int SLOTS = 60;
    private Server server;
    private String url;

    @BeforeEach
    void startServer() throws Exception {
        server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
        url = "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/mem:procs" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        new JdbcJobLease(Databases.h2(url), JdbcJobLease.DEFAULT_TABLE, "setup", Clock.systemUTC())
                .createTableIfNotExists();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void twoJvmsFireForEverySlot_eachSlotRunsExactlyOnce(@TempDir Path dir) throws Exception {
        long start = System.currentTimeMillis() + 4000;
        Process a = node("node-a", start, dir.resolve("a.txt"));
        Process b = node("node-b", start, dir.resolve("b.txt"));
        assertThat(a.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(b.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(a.exitValue()).isZero();
        assertThat(b.exitValue()).isZero();

        List<Long> wonA = wins(dir.resolve("a.txt"));
        List<Long> wonB = wins(dir.resolve("b.txt"));
        List<Long> all = new ArrayList<>(wonA);
        all.addAll(wonB);
        assertThat(all).doesNotHaveDuplicates();
        assertThat(all).isSubsetOf(LongStream.rangeClosed(1, SLOTS).boxed().toList());
        assertThat(all).hasSizeGreaterThanOrEqualTo(SLOTS - 3);
    }

    private Process node(String owner, long start, Path out) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        return new ProcessBuilder(java, "-cp", classpath, LeaseNodeMain.class.getName(), url, owner,
                String.valueOf(SLOTS), String.valueOf(start), "100")
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    }

    private static List<Long> wins(Path out) throws Exception {
        return Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("won "))
                .map(l -> Long.parseLong(l.substring(4).trim())).toList();
    }
}
