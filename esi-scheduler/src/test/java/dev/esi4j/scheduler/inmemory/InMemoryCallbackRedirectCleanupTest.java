package dev.esi4j.scheduler.inmemory;

import dev.esi4j.scheduler.testing.CallbackRedirectCleanupContract;
import dev.esi4j.token.CallbackRedirectStore;
import dev.esi4j.token.InMemoryCallbackRedirectStore;

/** Callback-state cleanup on the in-memory store. */
class InMemoryCallbackRedirectCleanupTest extends CallbackRedirectCleanupContract {

    @Override
    protected CallbackRedirectStore newStore() {
        return new InMemoryCallbackRedirectStore();
    }
}
