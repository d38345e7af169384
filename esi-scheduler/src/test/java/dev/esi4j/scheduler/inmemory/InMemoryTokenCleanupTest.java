package dev.esi4j.scheduler.inmemory;

import dev.esi4j.scheduler.testing.TokenCleanupContract;
import dev.esi4j.token.InMemoryTokenStore;
import dev.esi4j.token.TokenStore;

/** Token cleanup on the in-memory store. */
class InMemoryTokenCleanupTest extends TokenCleanupContract {

    @Override
    protected TokenStore newStore() {
        return new InMemoryTokenStore();
    }
}
