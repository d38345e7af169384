package dev.esi4j.simulator.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/** Jetty entry point: reads the whole request, dispatches it on a worker thread, writes the outcome. */
final class RootHandler extends Handler.Abstract {

    private static final int MAX_BODY = 8 * 1024 * 1024;

    private final Dispatcher dispatcher;
    private final ResponseWriter writer;
    private final Clock clock;
    private final Executor executor;

    RootHandler(Dispatcher dispatcher, ResponseWriter writer, Clock clock, Executor executor) {
        this.dispatcher = dispatcher;
        this.writer = writer;
        this.clock = clock;
        this.executor = executor;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Content.Source.asByteArrayAsync(request, MAX_BODY).whenCompleteAsync((bytes, error) -> {
            if (error != null) {
                Response.writeError(request, response, callback, 400, "Unreadable request body");
                return;
            }
            try {
                Outcome outcome = dispatcher.dispatch(toSimRequest(request, bytes));
                AtomicBoolean ended = new AtomicBoolean();
                Runnable answered = () -> {
                    if (ended.compareAndSet(false, true)) {
                        dispatcher.done(outcome);
                    }
                };
                Callback done = Callback.from(() -> {
                    answered.run();
                    callback.succeeded();
                }, x -> {
                    answered.run();
                    callback.failed(x);
                });
                writer.deliver(request, response, done, outcome, answered);
            } catch (RuntimeException e) {
                Response.writeError(request, response, callback, 500, "Simulator error: " + e);
            }
        }, executor);
        return true;
    }

    private SimRequest toSimRequest(Request request, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField f : request.getHeaders()) {
            headers.computeIfAbsent(f.getName().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(f.getValue());
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        Fields fields = Request.extractQueryParameters(request);
        for (Fields.Field f : fields) {
            query.put(f.getName(), List.copyOf(f.getValues()));
        }
        String raw = request.getHttpURI().getQuery();
        String path = request.getHttpURI().getDecodedPath();
        return new SimRequest(request.getMethod(), path == null || path.isEmpty() ? "/" : path,
                raw == null ? "" : raw, query, headers, body, clock.instant(),
                request.getConnectionMetaData().getProtocol());
    }
}
