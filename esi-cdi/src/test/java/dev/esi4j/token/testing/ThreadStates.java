package dev.esi4j.token.testing;

import java.util.List;

/** Waits until worker threads are parked on a lock (JVM monitor, future, or a database lock wait). */
public final class ThreadStates {

    private ThreadStates() {
    }

    /**
     * Returns once {@code expected} threads exist and all but the named one are parked: waiting on a monitor or
     * future, or blocked in a socket read (a remote database holding them at a row lock).
     */
    public static void awaitAllParkedExcept(List<Thread> threads, int expected, String running)
            throws InterruptedException {
        while (true) {
            List<Thread> snapshot;
            synchronized (threads) {
                snapshot = List.copyOf(threads);
            }
            if (snapshot.size() >= expected
                    && snapshot.stream().filter(t -> !t.getName().equals(running)).allMatch(ThreadStates::parked)) {
                return;
            }
            Thread.sleep(5);
        }
    }

    private static boolean parked(Thread thread) {
        Thread.State state = thread.getState();
        if (state == Thread.State.BLOCKED || state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
            return true;
        }
        for (StackTraceElement frame : thread.getStackTrace()) {
            String where = frame.getClassName() + "." + frame.getMethodName();
            if (where.contains("NioSocketImpl.read") || where.contains("SocketDispatcher.read")
                    || where.contains("SocketInputStream.read")) {
                return true;
            }
        }
        return false;
    }
}
