package dev.esi4j.internal.sso;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.esi4j.config.EsiConfig;
import dev.esi4j.internal.engine.UserAgent;

/**
 * The one JDK {@link HttpClient} of an SSO client: the ESI client's User-Agent ({@link UserAgent}) on every request
 * (B48), connect timeout and a read
 * deadline that also covers a stalled body (B43), no redirects, no retries of its own.
 */
public final class SsoHttp implements AutoCloseable {

    /** A received answer. */
    public record Response(int status, HttpHeaders headers, String body) {
        /** @return whether the status is 2xx */
        public boolean ok() {
            return status / 100 == 2;
        }
    }

    private final HttpClient client;
    private final String userAgent;
    private final Duration readTimeout;
    private final Duration deadline;

    /**
     * @param config timeouts and User-Agent parts
     */
    public SsoHttp(EsiConfig config) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.userAgent = UserAgent.of(config);
        this.readTimeout = config.readTimeout();
        this.deadline = config.connectTimeout().plus(config.readTimeout());
    }

    /** @return the User-Agent sent */
    public String userAgent() {
        return userAgent;
    }

    /**
     * @param uri where
     * @return the answer
     * @throws IOException when it could not be received (connection, timeout)
     */
    public Response get(URI uri) throws IOException {
        return send(request(uri).header("Accept", "application/json").GET().build());
    }

    /**
     * Posts an {@code application/x-www-form-urlencoded} body. Never retried here.
     *
     * @param uri           where
     * @param form          the parameters (values are encoded here)
     * @param authorization an {@code Authorization} header value, or {@code null}
     * @return the answer
     * @throws IOException when it could not be received (connection, timeout)
     */
    public Response postForm(URI uri, Map<String, String> form, String authorization) throws IOException {
        HttpRequest.Builder builder = request(uri)
                .header("Accept", "application/json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encodeForm(form)));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return send(builder.build());
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(readTimeout).header("User-Agent", userAgent);
    }

    /**
     * Sends and waits: the JDK enforces the connect timeout and (via the request timeout) the read timeout until the
     * headers arrive; the body must then complete within the read timeout too, so a stalled body cannot hang.
     */
    private Response send(HttpRequest request) throws IOException {
        CompletableFuture<Void> headers = new CompletableFuture<>();
        HttpResponse.BodyHandler<String> handler = info -> {
            headers.complete(null);
            return new BoundedBody();
        };
        CompletableFuture<HttpResponse<String>> future = client.sendAsync(request, handler);
        try {
            CompletableFuture.anyOf(headers, future).get(deadline.toMillis(), TimeUnit.MILLISECONDS);
            HttpResponse<String> response = future.get(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new HttpTimeoutException("no complete answer in time (read timeout " + readTimeout.toMillis()
                    + " ms)");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException(cause == null ? "request failed" : cause.getClass().getSimpleName(), cause);
        }
    }

    /**
     * @param form parameters
     * @return the form-encoded body ({@code %20} for spaces)
     */
    public static String encodeForm(Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((name, value) -> body.add(encode(name) + "=" + encode(value)));
        return body.toString();
    }

    /**
     * @param text a parameter name or value
     * @return it percent-encoded (spaces as {@code %20})
     */
    public static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public void close() {
        Object maybeCloseable = client;
        if (maybeCloseable instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                System.getLogger(SsoHttp.class.getName()).log(System.Logger.Level.DEBUG, "closing HttpClient", e);
            }
        }
    }
}
