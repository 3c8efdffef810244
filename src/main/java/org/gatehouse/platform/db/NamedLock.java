package org.gatehouse.platform.db;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of {@code named_locks}: locking it serialises one kind of change across every node. */
@Entity
@Table(name = "named_locks")
public class NamedLock {

    /** Guards the counting of sign-in and recovery attempts ({@code LoginThrottle}). */
    public static final String LOGIN_THROTTLE = "login_throttle";

    @Id
    @Column(name = "name", nullable = false)
    private String name;

    protected NamedLock() {
    }

    public String getName() { return name; }
}
