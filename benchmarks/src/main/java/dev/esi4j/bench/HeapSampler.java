package dev.esi4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the used heap every millisecond while a task runs and keeps the peak. */
public final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    private HeapSampler() {
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
    }

    /** @return a running sampler, started after a full GC */
    public static HeapSampler start() {
        System.gc();
        HeapSampler sampler = new HeapSampler();
        sampler.peak = sampler.memory.getHeapMemoryUsage().getUsed();
        sampler.thread.start();
        return sampler;
    }

    private void sample() {
        while (running) {
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** @return the peak used heap in MiB so far */
    public double peakMiB() {
        return Math.max(peak, memory.getHeapMemoryUsage().getUsed()) / (1024.0 * 1024.0);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
