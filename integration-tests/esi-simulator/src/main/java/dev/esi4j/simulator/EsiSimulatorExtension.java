package dev.esi4j.simulator;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: starts one simulator per test class on a free loopback port, resets faults,
 * journal, limits and auto-approve before each test, stops it after the class, and injects
 * {@link EsiSimulator} into test and lifecycle method parameters.
 *
 * <pre>{@code
 * class MyEsiTest {
 *     @RegisterExtension
 *     static final EsiSimulatorExtension SIM = new EsiSimulatorExtension(EsiSimulator.builder().seed(7));
 *
 *     @Test
 *     void status_isServed(EsiSimulator sim) throws Exception {
 *         // call sim.uri("/status") ...
 *     }
 * }
 * }</pre>
 *
 * <p>Also usable as {@code @ExtendWith(EsiSimulatorExtension.class)} with the default settings.
 */
public final class EsiSimulatorExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        ParameterResolver {

    private final EsiSimulatorBuilder builder;
    private EsiSimulator simulator;

    /** Uses the default settings. */
    public EsiSimulatorExtension() {
        this(EsiSimulator.builder());
    }

    /** @param builder settings of the simulator to start */
    public EsiSimulatorExtension(EsiSimulatorBuilder builder) {
        this.builder = builder;
    }

    /** @return the running simulator (after the class started) */
    public EsiSimulator simulator() {
        if (simulator == null) {
            throw new IllegalStateException("The simulator is started before the test class runs");
        }
        return simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (simulator == null) {
            simulator = builder.start();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        simulator().reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (simulator != null && context.getParent().map(p -> p.getParent().isEmpty()).orElse(true)) {
            simulator.close();
            simulator = null;
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == EsiSimulator.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return simulator();
    }
}
