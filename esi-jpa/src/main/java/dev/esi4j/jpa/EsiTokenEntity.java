package dev.esi4j.jpa;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import dev.esi4j.token.Token;

/**
 * JPA entity of a token ({@code esi_token}, scopes in {@code esi_token_scopes}); MISSION 3.1. Times are UTC
 * {@link LocalDateTime}s (portable across H2, PostgreSQL and MariaDB, independent of the JVM time zone); token
 * values are stored as {@link dev.esi4j.token.TokenData} holds them (ciphertext when encryption at rest is on) in
 * unbounded text columns. Ids come from the table generator {@code esi_id_sequence} (portable; no IDENTITY).
 * {@link #toString()} never shows token values.
 *
 * @since 0.1
 */
@Entity(name = "EsiToken")
@Table(name = "esi_token", indexes = {
        @Index(name = "esi_token_character_id_idx", columnList = "character_id"),
        @Index(name = "esi_token_character_name_idx", columnList = "character_name"),
        @Index(name = "esi_token_owner_hash_idx", columnList = "character_owner_hash"),
        @Index(name = "esi_token_owner_name_idx", columnList = "owner_name"),
        @Index(name = "esi_token_expires_at_idx", columnList = "expires_at")})
@Cacheable(false)
public class EsiTokenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "esi_token_ids")
    @TableGenerator(name = "esi_token_ids", table = "esi_id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_value", pkColumnValue = "esi_token", allocationSize = 50)
    @Column(name = "id")
    private Long id;

    @Column(name = "character_id", nullable = false)
    private long characterId;

    @Column(name = "character_name", length = 100, nullable = false)
    private String characterName;

    @Column(name = "character_owner_hash", length = 100, nullable = false)
    private String characterOwnerHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "token_type", length = 20, nullable = false)
    private Token.TokenType tokenType;

    @Column(name = "owner_name", length = 255)
    private String ownerName;

    @Column(name = "access_token", length = 1_000_000, nullable = false)
    private String accessToken;

    @Column(name = "refresh_token", length = 1_000_000)
    private String refreshToken;

    @Column(name = "expires_at")
    private LocalDateTime expiresAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Column(name = "sso_version", nullable = false)
    private int ssoVersion;

    @ManyToMany
    @JoinTable(name = "esi_token_scopes", joinColumns = @JoinColumn(name = "token_id"),
            inverseJoinColumns = @JoinColumn(name = "scope_name"))
    private Set<EsiScopeEntity> scopes = new LinkedHashSet<>();

    /** For JPA and the store. */
    public EsiTokenEntity() {
    }

    /** @return id, {@code null} before persist */
    public Long getId() { return id; }
    /** @return character id */
    public long getCharacterId() { return characterId; }
    /** @param value character id */
    public void setCharacterId(long value) { characterId = value; }
    /** @return character name */
    public String getCharacterName() { return characterName; }
    /** @param value character name */
    public void setCharacterName(String value) { characterName = value; }
    /** @return owner hash */
    public String getCharacterOwnerHash() { return characterOwnerHash; }
    /** @param value owner hash */
    public void setCharacterOwnerHash(String value) { characterOwnerHash = value; }
    /** @return token type */
    public Token.TokenType getTokenType() { return tokenType; }
    /** @param value token type */
    public void setTokenType(Token.TokenType value) { tokenType = value; }
    /** @return owning principal name, {@code null} for none */
    public String getOwnerName() { return ownerName; }
    /** @param value owning principal name */
    public void setOwnerName(String value) { ownerName = value; }
    /** @return stored access token; never log it */
    public String getAccessToken() { return accessToken; }
    /** @param value stored access token */
    public void setAccessToken(String value) { accessToken = value; }
    /** @return stored refresh token or {@code null}; never log it */
    public String getRefreshToken() { return refreshToken; }
    /** @param value stored refresh token */
    public void setRefreshToken(String value) { refreshToken = value; }
    /** @return expiry (UTC), {@code null} when unknown */
    public LocalDateTime getExpiresAt() { return expiresAt; }
    /** @param value expiry (UTC) */
    public void setExpiresAt(LocalDateTime value) { expiresAt = value; }
    /** @return creation time (UTC) */
    public LocalDateTime getCreatedAt() { return createdAt; }
    /** @param value creation time (UTC) */
    public void setCreatedAt(LocalDateTime value) { createdAt = value; }
    /** @return last change (UTC) */
    public LocalDateTime getUpdatedAt() { return updatedAt; }
    /** @param value last change (UTC) */
    public void setUpdatedAt(LocalDateTime value) { updatedAt = value; }
    /** @return SSO version */
    public int getSsoVersion() { return ssoVersion; }
    /** @param value SSO version */
    public void setSsoVersion(int value) { ssoVersion = value; }
    /** @return the scopes (mutable) */
    public Set<EsiScopeEntity> getScopes() { return scopes; }

    @Override
    public String toString() {
        return "EsiToken[id=" + id + ", characterId=" + characterId + ", characterName=" + characterName + "]";
    }
}
