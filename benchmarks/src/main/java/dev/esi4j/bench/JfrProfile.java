package dev.esi4j.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Flight-recorder profiles of missed scenarios: records {@code jdk.ExecutionSample} (JFR "profile" settings, 10 ms
 * sampling per thread) while a workload runs and summarises the hottest frames, as Markdown.
 */
public final class JfrProfile {

    private static final int TOP = 8;

    private JfrProfile() {
    }

    /**
     * @param file     where the recording is kept
     * @param workload what to profile (runs in this thread until it returns)
     * @return the summary
     * @throws Exception when recording or the workload fails
     */
    public static String record(Path file, Workload workload) throws Exception {
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.start();
            workload.run();
            recording.stop();
            recording.dump(file);
        }
        return summarise(List.of(file));
    }

    /** @return the JVM option recording a child process into {@code file} */
    public static String childOption(Path file) {
        return "-XX:StartFlightRecording=settings=profile,filename=" + file;
    }

    /**
     * @param files recordings
     * @return top frames by own samples, and the hottest esi4j methods including callees, as Markdown lists
     * @throws IOException when a recording cannot be read
     */
    public static String summarise(List<Path> files) throws IOException {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> esi4j = new HashMap<>();
        Map<String, Integer> starts = new HashMap<>();
        int total = 0;
        for (Path file : files) {
            for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
                if ("jdk.ThreadStart".equals(e.getEventType().getName()) && e.getStackTrace() != null
                        && !e.getStackTrace().getFrames().isEmpty()) {
                    starts.merge(name(e.getStackTrace().getFrames().get(0).getMethod()), 1, Integer::sum);
                }
                if (!"jdk.ExecutionSample".equals(e.getEventType().getName()) || e.getStackTrace() == null) {
                    continue;
                }
                List<RecordedFrame> frames = e.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                total++;
                self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
                Set<String> seen = new HashSet<>();
                for (RecordedFrame f : frames) {
                    String n = name(f.getMethod());
                    if (n.startsWith("dev.esi4j.") && !n.startsWith("dev.esi4j.bench.") && seen.add(n)) {
                        esi4j.merge(n, 1, Integer::sum);
                    }
                }
            }
        }
        return "JFR execution samples: " + total + ".\n\nTop frames (own time):\n\n" + top(self, total)
                + "\nesi4j methods on the most stacks (including callees):\n\n" + top(esi4j, total)
                + "\nThreads started during the recording, by starting frame:\n\n"
                + (starts.isEmpty() ? "- none\n" : top(starts, starts.values().stream().mapToInt(i -> i).sum()));
    }

    private static String top(Map<String, Integer> counts, int total) {
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : sorted.subList(0, Math.min(TOP, sorted.size()))) {
            sb.append("- `").append(e.getKey()).append("` ").append(e.getValue()).append(" (")
                    .append(String.format(Locale.ROOT, "%.1f", 100.0 * e.getValue() / Math.max(1, total)))
                    .append(" %)\n");
        }
        return sb.toString();
    }

    private static String name(RecordedMethod m) {
        return m.getType().getName() + "." + m.getName();
    }

    /**
     * @param dir a directory
     * @return a fresh recording file name in it
     * @throws IOException when it cannot be created
     */
    static Path newFile(Path dir) throws IOException {
        return Files.createTempFile(Files.createDirectories(dir), "profile-", ".jfr");
    }

    /** A profiled piece of work. */
    @FunctionalInterface
    public interface Workload {
        void run() throws Exception;
    }
}
