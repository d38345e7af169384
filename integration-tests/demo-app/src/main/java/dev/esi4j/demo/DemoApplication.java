package dev.esi4j.demo;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Jakarta REST application of the demo; every page lives under the context root.
 */
@ApplicationPath("/")
public class DemoApplication extends Application {
}
