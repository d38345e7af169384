package dev.esi4j.simulator.internal;

import dev.esi4j.simulator.ConnectionStats;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.eclipse.jetty.http2.server.HTTP2CServerConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/** The Jetty server: one connector speaking HTTP/1.1 and cleartext HTTP/2 (h2c, upgrade or prior knowledge). */
final class SimServer {

    private final Server server;
    private final ServerConnector connector;
    private final ScheduledExecutorService scheduler;
    private final SocketCounter stats = new SocketCounter();

    SimServer(String host, int port, Dispatcher dispatcher, Clock clock) {
        QueuedThreadPool threads = new QueuedThreadPool(256, 8);
        threads.setName("esi-simulator");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setSendDateHeader(false);
        connector = new ServerConnector(server, new HttpConnectionFactory(http),
                new HTTP2CServerConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.addBean(stats);
        server.addConnector(connector);
        scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "esi-simulator-timer");
            t.setDaemon(true);
            return t;
        });
        server.setHandler(new RootHandler(dispatcher, new ResponseWriter(scheduler), clock, threads));
    }

    void start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the simulator", e);
        }
    }

    int port() {
        return connector.getLocalPort();
    }

    ConnectionStats stats() {
        return stats.stats();
    }

    void resetStats() {
        stats.reset();
    }

    void stop() {
        scheduler.shutdownNow();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the simulator", e);
        }
    }
}
