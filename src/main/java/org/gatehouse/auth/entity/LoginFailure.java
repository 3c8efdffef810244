package org.gatehouse.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** Consecutive failed sign-ins of one username or one client address; shared by every node. */
@Entity
@Table(name = "login_failures")
public class LoginFailure {

    @EmbeddedId
    private LoginFailureKey key;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginFailure() {
    }

    public LoginFailure(LoginFailureKey key, Instant now) {
        this.key = key;
        this.lastFailureAt = now;
    }

    public LoginFailureKey getKey() { return key; }
    public int getFailures() { return failures; }
    public Instant getLastFailureAt() { return lastFailureAt; }
    public Instant getLockedUntil() { return lockedUntil; }

    /** Counts one more failure at {@code now}, locking until {@code lockedUntil} (null: no lock). */
    public void recordFailure(int failures, Instant now, Instant lockedUntil) {
        this.failures = failures;
        this.lastFailureAt = now;
        this.lockedUntil = lockedUntil;
    }
}
