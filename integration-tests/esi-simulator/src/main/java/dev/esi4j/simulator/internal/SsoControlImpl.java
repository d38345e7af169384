package dev.esi4j.simulator.internal;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.esi4j.simulator.SimCharacter;
import dev.esi4j.simulator.SsoControl;
import dev.esi4j.simulator.internal.sso.GrantStore;
import dev.esi4j.simulator.internal.sso.SsoState;
import java.text.ParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Test hooks of the SSO side. */
final class SsoControlImpl implements SsoControl {

    private final SsoState state;

    SsoControlImpl(SsoState state) {
        this.state = state;
    }

    @Override
    public void autoApprove(long characterId) {
        character(characterId);
        state.autoApprove().set(characterId);
    }

    @Override
    public void autoApproveOff() {
        state.autoApprove().set(null);
    }

    @Override
    public void addCharacter(SimCharacter character) {
        state.characters().put(character.id(), character);
    }

    @Override
    public List<SimCharacter> characters() {
        return state.characters().values().stream().sorted(Comparator.comparingLong(SimCharacter::id)).toList();
    }

    @Override
    public void changeOwner(long characterId, String newOwnerHash) {
        state.characters().put(characterId, character(characterId).withOwnerHash(newOwnerHash));
    }

    @Override
    public void revokeGrants(long characterId) {
        state.grants().revokeCharacter(characterId);
    }

    @Override
    public void rotateKeys() {
        state.keys().rotate();
    }

    @Override
    public void retireOldKeys() {
        state.keys().retireOld();
    }

    @Override
    public String currentKeyId() {
        return state.keys().currentKeyId();
    }

    @Override
    public String accessToken(long characterId, String... scopes) {
        return state.minter().mint(character(characterId), List.of(scopes), firstClient());
    }

    @Override
    public String refreshToken(long characterId, String... scopes) {
        character(characterId);
        return state.grants().newRefreshToken(new GrantStore.Grant(firstClient(), characterId, List.of(scopes)));
    }

    @Override
    public String sign(Map<String, Object> claims, Map<String, String> header) {
        try {
            JWTClaimsSet set = JWTClaimsSet.parse(claims);
            return state.keys().sign(set, "ES256".equals(header.get("alg")), header.get("kid"));
        } catch (ParseException e) {
            throw new IllegalArgumentException("Invalid claims: " + e.getMessage(), e);
        }
    }

    private String firstClient() {
        return state.clients().keySet().iterator().next();
    }

    private SimCharacter character(long id) {
        SimCharacter c = state.characters().get(id);
        if (c == null) {
            throw new IllegalArgumentException("Unknown character " + id);
        }
        return c;
    }
}
