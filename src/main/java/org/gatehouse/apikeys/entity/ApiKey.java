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
public class ApiKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "name")
    private String name;

    @Column(name = "secret", unique = true)
    private String secret;

    /** The creating user's id, no foreign key: it dangles after that user is deleted. */
    @Column(name = "createdBy")
    private Integer createdBy;

    @Column(name = "createdAt", nullable = false)
    private Instant createdAt;

    @Column(name = "lastUpdatedAt", nullable = false)
    private Instant lastUpdatedAt;

    protected ApiKey() {
    }

    public ApiKey(String name, String secret, Integer createdBy, Instant now) {
        this.name = name;
        this.secret = secret;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.lastUpdatedAt = now;
    }

    public Integer getId() { return id; }
    public String getName() { return name; }
    public String getSecret() { return secret; }
    public Integer getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getLastUpdatedAt() { return lastUpdatedAt; }
}
