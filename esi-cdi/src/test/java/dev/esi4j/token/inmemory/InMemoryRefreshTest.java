package dev.esi4j.token.inmemory;

import dev.esi4j.token.InMemoryTokenStore;
import dev.esi4j.token.TokenStore;
import dev.esi4j.token.testing.RefreshContract;

class InMemoryRefreshTest extends RefreshContract {

    @Override
    protected TokenStore newStore() {
        return new InMemoryTokenStore();
    }
}
