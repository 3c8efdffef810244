package org.gatehouse.apikeys.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A browser-extension key ({@code brx-…}); the only table whose lastUpdatedAt follows each write. */
@Entity
@Table(name = "browser_extension_api_keys")
public class BrowserExtensionApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    /** The contract's column {@code key}; KEY is reserved in Derby, hence the column name. */
    @Column(name = "extension_key", nullable = false, unique = true)
    private String key;

    /** Null for keys created in single-user mode. */
    @Column(name = "user_id")
    private Integer userId;

    @Column(name = "createdAt", nullable = false)
    private Instant createdAt;

    @Column(name = "lastUpdatedAt", nullable = false)
    private Instant lastUpdatedAt;

    protected BrowserExtensionApiKey() {
    }

    public BrowserExtensionApiKey(String key, Integer userId, Instant now) {
        this.key = key;
        this.userId = userId;
        this.createdAt = now;
        this.lastUpdatedAt = now;
    }

    /** Records the write time; callers pass the injected clock's instant. */
    public void touch(Instant now) {
        this.lastUpdatedAt = now;
    }

    public Integer getId() { return id; }
    public String getKey() { return key; }
    public Integer getUserId() { return userId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUpdatedAt() { return lastUpdatedAt; }
}
