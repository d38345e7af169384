package dev.esi4j.simulator.internal;

import dev.esi4j.simulator.Fault;
import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.NetworkChannel;
import java.util.Arrays;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes an {@link Outcome} to Jetty, including the misbehaving deliveries of faults. */
final class ResponseWriter {

    private final ScheduledExecutorService scheduler;

    ResponseWriter(ScheduledExecutorService scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * @param answered run once the request stops being in flight for concurrency-dependent faults: just before a
     *                 complete answer is written (a client may send its next request before the write callback), or
     *                 by the callback for resets and partial answers; must tolerate a second call
     */
    void deliver(Request request, Response response, Callback callback, Outcome outcome, Runnable answered) {
        Fault fault = outcome.fault();
        long delay = fault == null ? 0 : fault.delay().toMillis();
        if (delay > 0) {
            scheduler.schedule(() -> deliverNow(request, response, callback, outcome, answered), delay,
                    TimeUnit.MILLISECONDS);
        } else {
            deliverNow(request, response, callback, outcome, answered);
        }
    }

    private void deliverNow(Request request, Response response, Callback callback, Outcome outcome,
            Runnable answered) {
        Fault.Kind kind = outcome.fault() == null ? Fault.Kind.PASS_THROUGH : outcome.fault().kind();
        SimResponse r = outcome.response();
        switch (kind) {
            case RESET -> reset(request, callback);
            case STALL -> scheduler.schedule(() -> reset(request, callback),
                    outcome.fault().stallDuration().toMillis(), TimeUnit.MILLISECONDS);
            case STALL_BODY -> partial(request, response, callback, r, outcome.fault().stallDuration().toMillis());
            case TRUNCATE -> {
                r.rawBody(Arrays.copyOf(r.body(), r.body().length / 2));
                answered.run();
                write(response, callback, r);
            }
            case PREMATURE_EOF -> partial(request, response, callback, r, 0);
            default -> {
                answered.run();
                write(response, callback, r);
            }
        }
    }

    private static void write(Response response, Callback callback, SimResponse r) {
        head(response, r, r.body().length);
        response.write(true, ByteBuffer.wrap(r.body()), callback);
    }

    private static void head(Response response, SimResponse r, long contentLength) {
        response.setStatus(r.status());
        r.headers().forEach((k, v) -> response.getHeaders().put(k, v));
        if (r.status() != 204 && r.status() != 304) {
            response.getHeaders().put("Content-Length", Long.toString(contentLength));
        }
    }

    private void partial(Request request, Response response, Callback callback, SimResponse r, long dropAfter) {
        head(response, r, r.body().length);
        ByteBuffer half = ByteBuffer.wrap(r.body(), 0, r.body().length / 2);
        response.write(false, half, Callback.from(
                () -> scheduler.schedule(() -> reset(request, callback), Math.max(dropAfter, 50),
                        TimeUnit.MILLISECONDS),
                x -> callback.failed(x)));
    }

    static void reset(Request request, Callback callback) {
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        if (endPoint.getTransport() instanceof NetworkChannel channel) {
            try {
                channel.setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException | RuntimeException e) {
                // best effort: a plain close is still a dropped connection
            }
        }
        endPoint.close();
        callback.failed(new IOException("Simulated connection reset"));
    }
}
