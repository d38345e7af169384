package dev.esi4j.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Assembles the benchmark WAR: the {@code web} classes, a configuration for the simulator, esi-cdi and esi-jaxrs. */
public final class BenchWar {

    /** Names, not class literals: the harness has no Jakarta EE API on its class path. */
    private static final List<String> CLASSES = List.of("BenchApplication", "BenchLogin", "BenchResource",
            "BenchSso");

    private BenchWar() {
    }

    /**
     * @param war     file to write
     * @param libs    directory with the WEB-INF/lib jars (copied by the build)
     * @param simUrl  simulator URL (ESI and SSO)
     * @param appBase the application's base URL, e.g. {@code http://127.0.0.1:8080/bench}
     * @throws IOException when a file cannot be read or written
     */
    public static void write(Path war, Path libs, String simUrl, String appBase) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(war))) {
            for (String type : CLASSES) {
                String name = "dev/esi4j/bench/web/" + type + ".class";
                try (InputStream in = BenchWar.class.getClassLoader().getResourceAsStream(name)) {
                    entry(zip, "WEB-INF/classes/" + name, in.readAllBytes());
                }
            }
            entry(zip, "WEB-INF/beans.xml", ("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" "
                    + "version=\"4.0\" bean-discovery-mode=\"annotated\"/>\n").getBytes(StandardCharsets.UTF_8));
            entry(zip, "WEB-INF/classes/META-INF/microprofile-config.properties", config(simUrl, appBase)
                    .getBytes(StandardCharsets.UTF_8));
            try (Stream<Path> jars = Files.list(libs)) {
                for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                    entry(zip, "WEB-INF/lib/" + jar.getFileName(), Files.readAllBytes(jar));
                }
            }
        }
    }

    private static String config(String simUrl, String appBase) {
        return String.join("\n", "esi.sso.client-id=client-0001", "esi.sso.client-secret=secret-0001",
                "esi.sso.callback-url=" + appBase + "/api/sso/callback", "esi.sso.base-url=" + simUrl,
                "esi.api.url=" + simUrl, "esi.app.name=esi4j-bench", "esi.user-contact-email=bench@example.test",
                "") + "\n";
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        OutputStream out = zip;
        out.write(bytes);
        zip.closeEntry();
    }
}
