package org.gatehouse.sso.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A Simple SSO one-time token ({@code allm-tat-…}, contract 3.8, 6.3). */
@Entity
@Table(name = "temporary_auth_tokens")
@jakarta.persistence.NamedQuery(name = TemporaryAuthToken.BY_DIGEST,
        query = "SELECT t FROM TemporaryAuthToken t WHERE t.token = :digest")
public class TemporaryAuthToken {

    public static final String BY_DIGEST = "TemporaryAuthToken.byDigest";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    /** SHA-256 of the token; the token itself is never stored. */
    @Column(name = "token", nullable = false, unique = true)
    private String token;

    @Column(name = "userId", nullable = false)
    private int userId;

    @Column(name = "expiresAt", nullable = false)
    private Instant expiresAt;

    @Column(name = "createdAt", nullable = false)
    private Instant createdAt;

    protected TemporaryAuthToken() {
    }

    public TemporaryAuthToken(String token, int userId, Instant expiresAt, Instant now) {
        this.token = token;
        this.userId = userId;
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    public Integer getId() { return id; }
    public String getToken() { return token; }
    public int getUserId() { return userId; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getCreatedAt() { return createdAt; }
}
