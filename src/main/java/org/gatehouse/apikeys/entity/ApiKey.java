package org.gatehouse.apikeys.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A developer API key for {@code /api/v1} (contract 2.1 {@code api_keys}). */
@Entity
@Table(name = "api_keys")
@jakarta.persistence.NamedQuery(name = ApiKey.BY_DIGEST_WITH_CREATOR,
        query = "SELECT k, COALESCE(u.suspended, -1) FROM ApiKey k LEFT JOIN User u ON u.id = k.createdBy WHERE k.secret = :digest")
public class ApiKey {

    /**
     * The key and its creator's {@code suspended}, in one read: -1 when there is no such user (none, or one since
     * deleted; a bare {@code u.suspended} would come back 0 there, the primitive's default).
     */
    public static final String BY_DIGEST_WITH_CREATOR = "ApiKey.byDigestWithCreator";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "name")
    private String name;

    /** SHA-256 of the key (hex); the key itself is never stored. */
    @Column(name = "secret", unique = true)
    private String secret;

    /** The visible first group of the key. */
    @Column(name = "secret_prefix")
    private String secretPrefix;

    @Column(name = "expiresAt")
    private Instant expiresAt;

    @Column(name = "lastUsedAt")
    private Instant lastUsedAt;

    /** The creating user's id, no foreign key: it dangles after that user is deleted. */
    @Column(name = "createdBy")
    private Integer createdBy;

    @Column(name = "createdAt", nullable = false)
    private Instant createdAt;

    @Column(name = "lastUpdatedAt", nullable = false)
    private Instant lastUpdatedAt;

    protected ApiKey() {
    }

    public ApiKey(String name, String secretDigest, String secretPrefix, Integer createdBy, Instant expiresAt, Instant now) {
        this.name = name;
        this.secret = secretDigest;
        this.secretPrefix = secretPrefix;
        this.expiresAt = expiresAt;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.lastUpdatedAt = now;
    }

    public Integer getId() { return id; }
    public String getName() { return name; }
    public String getSecretDigest() { return secret; }
    public String getSecretPrefix() { return secretPrefix; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
    public Integer getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUpdatedAt() { return lastUpdatedAt; }
}
