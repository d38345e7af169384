package dev.esi4j.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the run ran on: CPU, cores, memory, load, JDK. */
public final class Machine {

    private Machine() {
    }

    /** @return the CPU model from /proc/cpuinfo */
    public static String cpu() {
        return procLines("/proc/cpuinfo").stream().filter(l -> l.startsWith("model name")).findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown");
    }

    /** @return total memory from /proc/meminfo, GiB */
    public static String memory() {
        return procLines("/proc/meminfo").stream().filter(l -> l.startsWith("MemTotal")).findFirst()
                .map(l -> Stats.format(Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0) + " GiB")
                .orElse("unknown");
    }

    /** @return the 1, 5 and 15 minute load averages */
    public static String load() {
        List<String> lines = procLines("/proc/loadavg");
        if (lines.isEmpty()) {
            return "unknown";
        }
        String[] parts = lines.get(0).split(" ");
        return parts[0] + " / " + parts[1] + " / " + parts[2];
    }

    /** @return available processors */
    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    /** @return JDK vendor, VM and version */
    public static String jdk() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + " ("
                + System.getProperty("java.vendor") + ")";
    }

    /** @return OS name, version and architecture */
    public static String os() {
        return System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
    }

    /** @return the esi4j version of the esi-cdi jar in this build */
    public static String esi4jVersion() {
        try (var in = Machine.class.getResourceAsStream("/META-INF/maven/dev.esi4j/esi-cdi/pom.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static List<String> procLines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
