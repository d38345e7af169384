package dev.esi4j.jaxrs.flow;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Starts one {@link FlowServer} for all flow-test classes of the run and stops it at the end. */
final class SharedFlowServer implements BeforeAllCallback {

    @Override
    @SuppressWarnings("deprecation")
    public void beforeAll(ExtensionContext context) {
        Holder holder = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Holder.class, k -> new Holder(), Holder.class);
        FlowTestBase.server = holder.server;
    }

    @SuppressWarnings("deprecation")
    static final class Holder implements ExtensionContext.Store.CloseableResource {
        final FlowServer server;

        Holder() {
            try {
                server = new FlowServer();
            } catch (Exception e) {
                throw new IllegalStateException("flow server did not start", e);
            }
        }

        @Override
        public void close() throws Exception {
            server.close();
        }
    }
}
