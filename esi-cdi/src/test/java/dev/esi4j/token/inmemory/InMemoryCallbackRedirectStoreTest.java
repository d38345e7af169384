package dev.esi4j.token.inmemory;

import dev.esi4j.token.CallbackRedirectStore;
import dev.esi4j.token.InMemoryCallbackRedirectStore;
import dev.esi4j.token.testing.CallbackRedirectStoreContract;

class InMemoryCallbackRedirectStoreTest extends CallbackRedirectStoreContract {

    @Override
    protected CallbackRedirectStore newStore() {
        return new InMemoryCallbackRedirectStore();
    }
}
