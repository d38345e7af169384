package dev.esi4j.internal.sso;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body as UTF-8 text but gives up (and cancels the transfer) beyond a size limit, so a broken
 * or hostile endpoint cannot exhaust memory. SSO answers are a few kilobytes.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<String> {

    /** Largest accepted body. */
    static final int MAX_BYTES = 1024 * 1024;

    /** The body exceeded {@link #MAX_BYTES}. */
    static final class Oversized extends IOException {
        private static final long serialVersionUID = 1L;

        Oversized() {
            super("answer larger than " + MAX_BYTES + " bytes");
        }
    }

    private final CompletableFuture<String> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    @Override
    public CompletionStage<String> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        this.subscription = newSubscription;
        newSubscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + buffer.remaining() > MAX_BYTES) {
                subscription.cancel();
                result.completeExceptionally(new Oversized());
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.writeBytes(chunk);
        }
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toString(StandardCharsets.UTF_8));
    }
}
