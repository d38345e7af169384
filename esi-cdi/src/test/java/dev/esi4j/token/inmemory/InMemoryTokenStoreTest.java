package dev.esi4j.token.inmemory;

import dev.esi4j.token.InMemoryTokenStore;
import dev.esi4j.token.TokenStore;
import dev.esi4j.token.testing.TokenStoreContract;

class InMemoryTokenStoreTest extends TokenStoreContract {

    @Override
    protected TokenStore newStore() {
        return new InMemoryTokenStore();
    }
}
