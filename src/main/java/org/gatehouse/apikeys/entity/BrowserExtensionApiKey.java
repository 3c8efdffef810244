package org.gatehouse.apikeys.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A browser-extension key ({@code brx-…}); the only table whose lastUpdatedAt follows each write of
 * AnythingLLM's columns. Name, expiry and last use are Gatehouse's own (V11), never on the wire.
 */
@Entity
@Table(name = "browser_extension_api_keys")
@jakarta.persistence.NamedQuery(name = BrowserExtensionApiKey.BY_DIGEST,
        query = "SELECT k FROM BrowserExtensionApiKey k WHERE k.key = :digest")
public class BrowserExtensionApiKey {

    public static final String BY_DIGEST = "BrowserExtensionApiKey.byDigest";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    /**
     * SHA-256 of the contract's {@code key} (the whole {@code brx-…} text); the key itself is never stored.
     * KEY is reserved in Derby, hence the column name.
     */
    @Column(name = "extension_key", nullable = false, unique = true)
    private String key;

    /** The visible start of the key, {@code brx-} and its first group. */
    @Column(name = "key_prefix")
    private String keyPrefix;

    /** Gatehouse's own: what or who the key is for; null for none. */
    @Column(name = "name")
    private String name;

    /** Gatehouse's own: when the key stops working; null for never. */
    @Column(name = "expiresAt")
    private Instant expiresAt;

    /** Gatehouse's own: the last use, to the minute ({@code KeyUseRecorder}); null before the first. */
    @Column(name = "lastUsedAt")
    private Instant lastUsedAt;

    /** Null for keys created in single-user mode. */
    @Column(name = "user_id")
    private Integer userId;

    @Column(name = "createdAt", nullable = false)
    private Instant createdAt;

    @Column(name = "lastUpdatedAt", nullable = false)
    private Instant lastUpdatedAt;

    protected BrowserExtensionApiKey() {
    }

    public BrowserExtensionApiKey(String keyDigest, String keyPrefix, Integer userId, Instant now) {
        this(keyDigest, keyPrefix, userId, null, null, now);
    }

    public BrowserExtensionApiKey(String keyDigest, String keyPrefix, Integer userId, String name, Instant expiresAt,
                                  Instant now) {
        this.key = keyDigest;
        this.name = name;
        this.expiresAt = expiresAt;
        this.keyPrefix = keyPrefix;
        this.userId = userId;
        this.createdAt = now;
        this.lastUpdatedAt = now;
    }

    /** Records the write time; callers pass the injected clock's instant. */
    public void touch(Instant now) {
        this.lastUpdatedAt = now;
    }

    public Integer getId() { return id; }
    public String getKeyDigest() { return key; }
    public String getKeyPrefix() { return keyPrefix; }
    public String getName() { return name; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
    public Integer getUserId() { return userId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUpdatedAt() { return lastUpdatedAt; }
}
