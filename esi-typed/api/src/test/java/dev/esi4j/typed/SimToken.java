package dev.esi4j.typed;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import dev.esi4j.simulator.EsiSimulator;
import dev.esi4j.token.Token;

/** A token minted by the simulator's SSO for one character and a set of scopes (a test seam for the token store). */
record SimToken(EsiSimulator sim, long characterId, Set<String> scopes) implements Token {

    @Override
    public Optional<Long> id() {
        return Optional.empty();
    }

    @Override
    public String characterName() {
        return "Pilot";
    }

    @Override
    public String characterOwnerHash() {
        return "OWNER";
    }

    @Override
    public TokenType tokenType() {
        return TokenType.CHARACTER;
    }

    @Override
    public Optional<String> owner() {
        return Optional.empty();
    }

    @Override
    public Instant expiresAt() {
        return Instant.now().plusSeconds(1200);
    }

    @Override
    public Instant createdAt() {
        return Instant.now();
    }

    @Override
    public Instant updatedAt() {
        return Instant.now();
    }

    @Override
    public boolean canRefresh() {
        return false;
    }

    @Override
    public String validAccessToken() {
        return sim.sso().accessToken(characterId, scopes.toArray(String[]::new));
    }
}
