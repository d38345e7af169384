package dev.esi4j.internal.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link Transport} on the JDK {@link HttpClient}: one client (one connection pool) per ESI client, HTTP/2 on TLS,
 * redirects followed, at most {@code maxConcurrent} requests in flight, and a timeout that covers headers and body.
 */
public final class JdkTransport implements Transport {

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final HttpClient client;
    private final ExecutorService executor;
    private final Semaphore permits;

    /**
     * @param connectTimeout connect timeout
     * @param maxConcurrent  maximum requests in flight (bounds open connections)
     */
    public JdkTransport(Duration connectTimeout, int maxConcurrent) {
        this.executor = Executors.newCachedThreadPool(daemonThreads("esi4j-http-" + POOLS.incrementAndGet()));
        this.permits = new Semaphore(Math.max(1, maxConcurrent), true);
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).executor(executor)
                .followRedirects(HttpClient.Redirect.NORMAL).version(HttpClient.Version.HTTP_2).build();
    }

    @Override
    public InboundResponse send(OutboundRequest request) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting for a connection", e, false, false);
        }
        try {
            return exchange(request);
        } finally {
            permits.release();
        }
    }

    private InboundResponse exchange(OutboundRequest request) {
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(toHttp(request),
                HttpResponse.BodyHandlers.ofByteArray());
        try {
            HttpResponse<byte[]> response = future.get(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return new InboundResponse(response.statusCode(), response.headers().map(), response.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new TransportException("no complete response within " + request.timeout().toMillis() + " ms",
                    e, true, true);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted", e, false, true);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private static TransportException failure(Throwable cause) {
        if (cause instanceof HttpConnectTimeoutException) {
            return new TransportException("connect timeout", cause, true, false);
        }
        if (cause instanceof java.net.http.HttpTimeoutException) {
            return new TransportException("read timeout", cause, true, true);
        }
        boolean connect = cause instanceof ConnectException
                || cause != null && cause.getCause() instanceof ConnectException;
        String what = cause instanceof IOException ? cause.getClass().getSimpleName() : String.valueOf(cause);
        return new TransportException((connect ? "connection failed: " : "I/O failure: ") + what, cause, false,
                !connect);
    }

    private static HttpRequest toHttp(OutboundRequest request) {
        HttpRequest.Builder b = HttpRequest.newBuilder(request.uri()).timeout(request.timeout());
        if (!"https".equalsIgnoreCase(request.uri().getScheme())) {
            b.version(HttpClient.Version.HTTP_1_1);
        }
        request.headers().forEach(b::header);
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        return b.method(request.method(), body).build();
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // JDK 21+ only; nothing to do on failure
            }
        }
    }
}
