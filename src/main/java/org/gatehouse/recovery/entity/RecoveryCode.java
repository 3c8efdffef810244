package org.gatehouse.recovery.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account recovery code's SHA-256 digest (contract 6.2); the code itself is shown once, never stored. */
@Entity
@Table(name = "recovery_codes")
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Column(name = "user_id", nullable = false)
    private int userId;

    @Column(name = "code_hash", nullable = false)
    private String codeHash;

    @Column(name = "createdAt", nullable = false)
    private Instant createdAt;

    protected RecoveryCode() {
    }

    public RecoveryCode(int userId, String codeHash, Instant now) {
        this.userId = userId;
        this.codeHash = codeHash;
        this.createdAt = now;
    }

    public Integer getId() { return id; }
    public int getUserId() { return userId; }
    public String getCodeHash() { return codeHash; }
    public Instant getCreatedAt() { return createdAt; }
}
