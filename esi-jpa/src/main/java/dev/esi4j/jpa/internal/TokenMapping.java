package dev.esi4j.jpa.internal;

import static dev.esi4j.jpa.internal.Times.fromColumn;
import static dev.esi4j.jpa.internal.Times.toColumn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import dev.esi4j.jpa.EsiScopeEntity;
import dev.esi4j.jpa.EsiTokenEntity;
import dev.esi4j.token.TokenData;

/** Copies between {@link TokenData} and {@link EsiTokenEntity}; creates unknown scopes on the fly. */
public final class TokenMapping {

    private TokenMapping() {
    }

    /** @param entity a managed entity @return its state */
    public static TokenData toData(EsiTokenEntity entity) {
        Set<String> scopes = entity.getScopes().stream().map(EsiScopeEntity::getName).collect(Collectors.toSet());
        return new TokenData(entity.getId(), entity.getCharacterId(), entity.getCharacterName(),
                entity.getCharacterOwnerHash(), entity.getTokenType(), entity.getOwnerName(), scopes,
                entity.getAccessToken(), entity.getRefreshToken(), fromColumn(entity.getExpiresAt()),
                fromColumn(entity.getCreatedAt()), fromColumn(entity.getUpdatedAt()), entity.getSsoVersion());
    }

    /**
     * @param em     entity manager in a transaction
     * @param data   state to copy
     * @param entity target entity
     */
    public static void copy(EntityManager em, TokenData data, EsiTokenEntity entity) {
        entity.setCharacterId(data.characterId());
        entity.setCharacterName(data.characterName());
        entity.setCharacterOwnerHash(data.characterOwnerHash());
        entity.setTokenType(data.tokenType());
        entity.setOwnerName(data.owner());
        entity.setAccessToken(data.accessToken());
        entity.setRefreshToken(data.refreshToken());
        entity.setExpiresAt(toColumn(data.expiresAt()));
        entity.setCreatedAt(toColumn(data.createdAt()));
        entity.setUpdatedAt(toColumn(data.updatedAt()));
        entity.setSsoVersion(data.ssoVersion());
        Set<String> current = entity.getScopes().stream().map(EsiScopeEntity::getName).collect(Collectors.toSet());
        if (!current.equals(data.scopes())) {
            entity.getScopes().clear();
            entity.getScopes().addAll(scopes(em, data.scopes()));
        }
    }

    /** Finds the scopes by name in one query and persists the missing ones. */
    static List<EsiScopeEntity> scopes(EntityManager em, Set<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        Map<String, EsiScopeEntity> found = new HashMap<>();
        em.createQuery("SELECT s FROM EsiScope s WHERE s.name IN :names", EsiScopeEntity.class)
                .setParameter("names", names).getResultList().forEach(s -> found.put(s.getName(), s));
        for (String name : names) {
            found.computeIfAbsent(name, missing -> {
                EsiScopeEntity created = new EsiScopeEntity(missing, "");
                em.persist(created);
                return created;
            });
        }
        return List.copyOf(found.values());
    }
}
