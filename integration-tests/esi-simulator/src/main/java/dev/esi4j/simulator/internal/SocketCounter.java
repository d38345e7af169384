package dev.esi4j.simulator.internal;

import dev.esi4j.simulator.ConnectionStats;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;

/**
 * Counts sockets (end points), not Jetty connection objects: an HTTP/1.1 to h2c upgrade replaces the
 * connection object on the same socket and must count once.
 */
final class SocketCounter implements Connection.Listener {

    private final Set<EndPoint> open = Collections.newSetFromMap(new IdentityHashMap<>());
    private long max;
    private long total;

    @Override
    public synchronized void onOpened(Connection connection) {
        if (open.add(connection.getEndPoint())) {
            total++;
            max = Math.max(max, open.size());
        }
    }

    @Override
    public synchronized void onClosed(Connection connection) {
        EndPoint endPoint = connection.getEndPoint();
        if (!endPoint.isOpen()) {
            open.remove(endPoint);
        }
    }

    synchronized ConnectionStats stats() {
        open.removeIf(e -> !e.isOpen());
        return new ConnectionStats(open.size(), max, total);
    }

    synchronized void reset() {
        open.removeIf(e -> !e.isOpen());
        max = open.size();
        total = 0;
    }
}
