package dev.esi4j.demo;

import java.util.Map;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Jakarta REST application of the demo; every page lives under the context root.
 */
@ApplicationPath("/")
public class DemoApplication extends Application {

    /** @return Jersey (Payara): no generated WADL listing every endpoint on OPTIONS; ignored by RESTEasy */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
