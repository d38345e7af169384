package dev.esi4j.scheduler.internal;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs an action over items with at most {@code concurrency} of them in flight: that many workers on the executor
 * take items from one queue until it is empty. The executor may have more threads (a server's managed executor);
 * the bound holds anyway.
 */
public final class BoundedParallel {

    private final int concurrency;
    private final Executor executor;

    /**
     * @param concurrency maximum items in flight (at least 1)
     * @param executor    runs the workers
     */
    public BoundedParallel(int concurrency, Executor executor) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1: " + concurrency);
        }
        this.concurrency = concurrency;
        this.executor = executor;
    }

    /**
     * Applies the action to every item and waits until all are done. The action must handle its own failures; an
     * exception it throws stops its worker and is rethrown here after the other workers finished.
     *
     * @param items  the items
     * @param action what to do with each
     * @param <T>    item type
     */
    public <T> void forEach(List<T> items, Consumer<T> action) {
        Queue<T> queue = new ConcurrentLinkedQueue<>(items);
        int workers = Math.min(concurrency, items.size());
        CompletableFuture<?>[] running = new CompletableFuture<?>[workers];
        for (int i = 0; i < workers; i++) {
            running[i] = CompletableFuture.runAsync(() -> drain(queue, action), executor);
        }
        try {
            CompletableFuture.allOf(running).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static <T> void drain(Queue<T> queue, Consumer<T> action) {
        for (T item = queue.poll(); item != null; item = queue.poll()) {
            action.accept(item);
        }
    }
}
