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
    static final String DEMO_DATASOURCE = "WEB-INF/classes/dev/esi4j/demo/DemoDataSource.class";

    private Deployments() {
    }

    /**
     * @param name archive name; the context root on both servers
     * @return the demo WAR as built
     */
    static WebArchive demo(String name) {
        return ShrinkWrap.create(ZipImporter.class, name).importFrom(new File(requiredFile("demo.war")))
                .as(WebArchive.class);
    }

    private static String requiredFile(String property) {
        String path = System.getProperty(property);
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("system property " + property + " must name a file (set by the build), was "
                    + path);
        }
        return path;
    }

    /**
     * @param name        archive name
     * @param dataSource  class carrying the replacement {@code @DataSourceDefinition}
     * @param driverJarProperty system property naming the JDBC driver jar to add to {@code WEB-INF/lib}
     * @return the demo WAR on another database
     */
    static WebArchive demoOn(String name, Class<?> dataSource, String driverJarProperty) {
        WebArchive war = demo(name);
        war.delete(DEMO_DATASOURCE);
        war.addClass(dataSource);
        war.addAsLibrary(new File(requiredFile(driverJarProperty)));
        return war;
    }

    /**
     * @param name       archive name
     * @param properties the complete {@code microprofile-config.properties} replacing the demo's
     * @return the demo WAR with that configuration
     */
    static WebArchive demoWithConfig(String name, String properties) {
        return withConfig(demo(name), properties);
    }

    /**
     * @param war        a demo WAR
     * @param properties the complete {@code microprofile-config.properties} replacing its own
     * @return the same WAR
     */
    static WebArchive withConfig(WebArchive war, String properties) {
        war.delete(CONFIG_PATH);
        war.add(new StringAsset(properties), CONFIG_PATH);
        return war;
    }
}
