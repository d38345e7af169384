package dev.esi4j.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Test deployments built from the real demo WAR (system property {@code demo.war}, set by the build).
 */
final class Deployments {

    static final String CONFIG_PATH = "WEB-INF/classes/META-INF/microprofile-config.properties";

    private Deployments() {
    }

    /**
     * @param name archive name; the context root on both servers
     * @return the demo WAR as built
     */
    static WebArchive demo(String name) {
        String path = System.getProperty("demo.war");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("system property demo.war must name the built demo WAR, was " + path);
        }
        return ShrinkWrap.create(ZipImporter.class, name).importFrom(new File(path)).as(WebArchive.class);
    }

    /**
     * @param name       archive name
     * @param properties the complete {@code microprofile-config.properties} replacing the demo's
     * @return the demo WAR with that configuration
     */
    static WebArchive demoWithConfig(String name, String properties) {
        WebArchive war = demo(name);
        war.delete(CONFIG_PATH);
        war.add(new StringAsset(properties), CONFIG_PATH);
        return war;
    }
}
